import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithMantine } from '@/test/render';
import type { Issue } from '../api/bulletins';
import { IssueActions } from './issue-actions';

function issue(extra: Partial<Issue>): Issue {
  return {
    id: '00000000-0000-0000-0000-0000000000b1',
    volume: 7,
    number: 11,
    month: '2026-11',
    title: 'Tập san số 11/2026',
    status: 'draft',
    tableOfContents: [],
    allowedTransitions: ['in_review'],
    createdAt: '2026-11-01T00:00:00Z',
    updatedAt: '2026-11-01T00:00:00Z',
    version: 3,
    ...extra,
  };
}

const PDF = {
  id: '00000000-0000-0000-0000-0000000000f1',
  fileName: 'so-11.pdf',
  contentType: 'application/pdf',
  sizeBytes: 1000,
  sha256: 'x',
  url: '/api/v1/bulletins/00000000-0000-0000-0000-0000000000b1/pdf',
};

function renderActions(i: Issue) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return renderWithMantine(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <IssueActions issue={i} reload={async () => undefined} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('IssueActions', () => {
  it('lets a draft go to review or be deleted', () => {
    renderActions(issue({}));
    expect(screen.getByTestId('transition-in_review').textContent).toBe('Gửi duyệt');
    expect(screen.getByTestId('delete-issue')).toBeTruthy();
    expect(screen.queryByTestId('needs-pdf')).toBeNull();
  });

  it('does not schedule or publish without the full PDF, and says why', () => {
    renderActions(issue({ status: 'in_review', allowedTransitions: ['draft', 'scheduled', 'published'] }));
    expect((screen.getByTestId('transition-published') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('transition-scheduled') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('transition-draft') as HTMLButtonElement).disabled).toBe(false);
    expect(screen.getByTestId('needs-pdf').textContent).toContain('PDF');
    expect(screen.queryByTestId('delete-issue')).toBeNull();
  });

  it('reads a PDF the API sends as null as no PDF', () => {
    renderActions(
      issue({
        status: 'in_review',
        allowedTransitions: ['published'],
        pdf: null as unknown as Issue['pdf'],
      }),
    );
    expect((screen.getByTestId('transition-published') as HTMLButtonElement).disabled).toBe(true);
  });

  it('asks for a future time in province time before scheduling', async () => {
    const user = userEvent.setup();
    renderActions(
      issue({ status: 'in_review', allowedTransitions: ['draft', 'scheduled', 'published'], pdf: PDF }),
    );
    await user.click(screen.getByTestId('transition-scheduled'));
    const when = screen.getByTestId('schedule-at') as HTMLInputElement;
    expect(when.value).toMatch(/^\d{2}\/\d{2}\/\d{4} 08:00$/);
    expect(screen.getByText('Giờ Việt Nam (UTC+7).')).toBeTruthy();
    await user.clear(when);
    await user.type(when, '01/01/2020 08:00');
    await user.click(screen.getByTestId('confirm-schedule'));
    expect(screen.getByText('Thời điểm phát hành phải ở tương lai')).toBeTruthy();
  });

  it('asks for a reason before withdrawing a published issue', async () => {
    const user = userEvent.setup();
    renderActions(issue({ status: 'published', allowedTransitions: ['withdrawn'], pdf: PDF }));
    await user.click(screen.getByTestId('transition-withdrawn'));
    await user.click(screen.getByTestId('confirm-withdraw'));
    expect(screen.getByText('Không được để trống')).toBeTruthy();
  });
});
