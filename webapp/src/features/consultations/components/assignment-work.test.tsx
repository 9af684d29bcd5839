import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithMantine } from '@/test/render';
import type { Assignment, AssignmentStatus } from '../api/consultations';
import { AssignmentWork } from './assignment-work';

function assignment(status: AssignmentStatus, extra: Partial<Assignment> = {}): Assignment {
  return {
    id: '00000000-0000-0000-0000-000000000002',
    consultationId: '00000000-0000-0000-0000-000000000001',
    expertId: '00000000-0000-0000-0000-000000000003',
    expertName: 'TS. Nguyễn Văn A',
    status,
    opinionDueOn: '2026-12-01',
    overdue: false,
    createdAt: '2026-11-01T02:00:00Z',
    version: 0,
    ...extra,
  };
}

function renderWork(a: Assignment) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return renderWithMantine(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <AssignmentWork
          assignment={a}
          consultationId={a.consultationId}
          consultationStatus="experts_assigned"
        />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('the expert’s next step', () => {
  it('starts with the conflict-of-interest declaration; a conflict needs its details', async () => {
    renderWork(assignment('invited'));
    expect(screen.getByTestId('assignment-work').getAttribute('data-step')).toBe('declare');
    expect(screen.getByTestId('declare-none').textContent).toBe('Tôi không có xung đột lợi ích');
    await userEvent.click(screen.getByTestId('declare-conflict'));
    await userEvent.click(screen.getByTestId('confirm-conflict'));
    expect(screen.getByText('Không được để trống')).toBeTruthy();
  });

  it('asks for a reason to decline', async () => {
    renderWork(assignment('cleared'));
    await userEvent.click(screen.getByTestId('decline'));
    await userEvent.click(screen.getByTestId('confirm-decline'));
    expect(screen.getByText('Không được để trống')).toBeTruthy();
  });

  it('confirms before submitting, since a submitted opinion is locked', async () => {
    renderWork(assignment('accepted', { opinionText: 'Bản nháp' }));
    expect((screen.getByTestId('opinion-text') as HTMLTextAreaElement).value).toBe('Bản nháp');
    await userEvent.click(screen.getByTestId('submit-opinion'));
    expect(await screen.findByText(/sẽ bị khóa/)).toBeTruthy();
  });

  it('shows the submitted opinion read-only', () => {
    renderWork(
      assignment('submitted', { opinionText: 'Ý kiến đã gửi', opinionSubmittedAt: '2026-11-05T03:00:00Z' }),
    );
    expect(screen.getByTestId('opinion-text-view').textContent).toBe('Ý kiến đã gửi');
    expect(screen.queryByTestId('opinion-text')).toBeNull();
  });
});
