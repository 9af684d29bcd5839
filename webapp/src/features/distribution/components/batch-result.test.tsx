import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '@/test/render';
import type { BatchResult, DistributionRecord } from '../api/distribution';
import { BatchResultView } from './sending-dialog';

const record = (id: string, name: string, copies: number): DistributionRecord => ({
  id,
  issueId: 'i',
  recipientId: `r-${id}`,
  recipientKind: 'commune',
  recipientName: name,
  recipientAddress: 'Nghệ An',
  copies,
  sentOn: '2026-11-20',
  method: 'post',
  createdBy: 'staff',
  createdAt: '2026-11-20T01:00:00Z',
  updatedAt: '2026-11-20T01:00:00Z',
  version: 0,
});

describe('BatchResultView', () => {
  it('tells what was recorded, what was skipped and why, and the new totals', () => {
    const result: BatchResult = {
      listId: 'l',
      created: [record('1', 'UBND xã Nghi Phong', 2), record('2', 'UBND phường Hưng Dũng', 3)],
      skipped: [
        { recipientId: 'x', recipientName: 'UBND xã Nghi Thái', reason: 'already_recorded' },
        { recipientId: 'y', recipientName: 'UBND thị trấn Quán Hành', reason: 'inactive' },
      ],
      createdCopies: 5,
      issueRecipients: 4,
      issueCopies: 9,
    };
    const onClose = vi.fn();
    renderWithMantine(<BatchResultView result={result} onClose={onClose} />);
    expect(screen.getByText('Đã ghi nhận 2 nơi nhận, 5 bản.')).toBeTruthy();
    expect(screen.getByText('Số này hiện đã cấp cho 4 nơi, tổng 9 bản.')).toBeTruthy();
    const created = within(screen.getByTestId('batch-created'));
    expect(created.getByText('UBND xã Nghi Phong: 2 bản')).toBeTruthy();
    const skipped = screen.getByTestId('batch-skipped');
    expect(skipped.textContent).toContain('UBND xã Nghi Thái: đã được ghi nhận cấp số này trước đó');
    expect(skipped.textContent).toContain('UBND thị trấn Quán Hành: đang ngừng nhận');
    fireEvent.click(screen.getByRole('button', { name: 'Đóng' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('says so when every member was skipped', () => {
    renderWithMantine(
      <BatchResultView
        result={{
          listId: 'l',
          created: [],
          skipped: [{ recipientId: 'x', recipientName: 'Sở Y tế', reason: 'already_recorded' }],
          createdCopies: 0,
          issueRecipients: 1,
          issueCopies: 1,
        }}
        onClose={() => {}}
      />,
    );
    expect(screen.getByText(/Không có gì mới để ghi nhận/)).toBeTruthy();
    expect(screen.queryByTestId('batch-created')).toBeNull();
  });
});
