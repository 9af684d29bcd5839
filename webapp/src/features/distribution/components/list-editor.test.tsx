import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '@/test/render';
import type { ListFormValues } from '../api/list-model';
import { ListEditor } from './list-editor';

vi.mock('../api/distribution', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api/distribution')>()),
  useRecipientSearch: () => ({ isFetching: false, data: { page: 1, size: 20, total: 0, items: [] } }),
}));

const initial: ListFormValues = {
  name: 'Xã, phường, thị trấn',
  description: '',
  members: [
    {
      recipientId: 'a',
      name: 'UBND xã Nghi Phong',
      kind: 'commune',
      district: 'Nghi Lộc',
      active: true,
      defaultCopies: 2,
      copies: '',
    },
    {
      recipientId: 'b',
      name: 'UBND phường Hưng Dũng',
      kind: 'ward',
      district: 'Vinh',
      active: false,
      defaultCopies: 1,
      copies: '',
    },
  ],
};

describe('ListEditor', () => {
  it('shows what a sending takes, follows overrides and removals, and submits the members', () => {
    const onSubmit = vi.fn();
    renderWithMantine(<ListEditor initial={initial} submitting={false} onSubmit={onSubmit} />);
    const totals = screen.getByTestId('list-totals');
    expect(totals.textContent).toContain('2 nơi nhận, 1 nơi đang nhận; mỗi lần gửi 2 bản.');
    expect(screen.getByText('Bỏ qua khi gửi')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Số bản gửi cho UBND xã Nghi Phong theo danh sách này'), {
      target: { value: '6' },
    });
    expect(totals.textContent).toContain('mỗi lần gửi 6 bản');
    fireEvent.click(screen.getByRole('button', { name: 'Gỡ UBND phường Hưng Dũng khỏi danh sách' }));
    expect(screen.getAllByTestId('member-row')).toHaveLength(1);
    expect(screen.getByTestId('unsaved')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Lưu danh sách' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const values = onSubmit.mock.calls[0]![0] as ListFormValues;
    expect(values.members.map((m) => [m.recipientId, m.copies])).toEqual([['a', 6]]);
  });

  it('does not submit an override out of range', () => {
    const onSubmit = vi.fn();
    renderWithMantine(<ListEditor initial={initial} submitting={false} onSubmit={onSubmit} />);
    const row = screen.getAllByTestId('member-row')[0]!;
    fireEvent.change(within(row).getByRole('textbox'), { target: { value: '5000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu danh sách' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(within(row).getByText('Số bản phải là số nguyên từ 1 đến 1000')).toBeTruthy();
  });
});
