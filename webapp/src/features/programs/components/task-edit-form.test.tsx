import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '@/test/render';
import type { ProgramTask } from '../api/programs';
import { TaskEditForm } from './task-edit-form';

const mutate = vi.fn();
const HOI_Y_HOC = '00000000-0000-0000-0000-0000000000a1';
const HOI_TIN_HOC = '00000000-0000-0000-0000-0000000000a2';

vi.mock('../api/programs', () => ({
  useUpdateTask: () => ({ mutate, isPending: false }),
}));
vi.mock('@/lib/api/association-search', () => ({
  useAssociationSearch: () => ({
    isFetching: false,
    data: {
      page: 1,
      size: 20,
      total: 2,
      items: [
        { id: HOI_Y_HOC, name: 'Hội Y học tỉnh Nghệ An' },
        { id: HOI_TIN_HOC, name: 'Hội Tin học tỉnh Nghệ An' },
      ],
    },
  }),
}));

const task: ProgramTask = {
  id: '00000000-0000-0000-0000-000000000001',
  programId: '00000000-0000-0000-0000-000000000002',
  itemId: '00000000-0000-0000-0000-000000000003',
  section: 'year_task',
  label: '3',
  text: 'Xuất bản Tập san',
  year: 2021,
  leadUnit: 'Ban Thông tin',
  coordinators: [
    { name: 'Hội Y học tỉnh Nghệ An', associationId: HOI_Y_HOC },
    { name: 'Sở Khoa học và Công nghệ' },
  ],
  plannedStart: '2021-01-01',
  plannedEnd: '2021-12-31',
  status: 'in_progress',
  late: false,
  atRisk: false,
  canReport: true,
  progress: [],
  version: 4,
};

function renderForm() {
  return renderWithMantine(<TaskEditForm initial={task} reload={async () => task} onDone={() => {}} />);
}

describe('TaskEditForm', () => {
  beforeEach(() => mutate.mockReset());

  it('keeps existing links and sends one coordinator per row', async () => {
    renderForm();
    expect(screen.getAllByTestId('coordinator-row')).toHaveLength(2);
    fireEvent.click(screen.getByTestId('save-task'));
    expect(mutate).toHaveBeenCalledTimes(1);
    expect(mutate.mock.lastCall?.[0]).toEqual({
      version: 4,
      body: expect.objectContaining({
        leadUnit: 'Ban Thông tin',
        leadAssociationId: undefined,
        coordinators: [
          { name: 'Hội Y học tỉnh Nghệ An', associationId: HOI_Y_HOC },
          { name: 'Sở Khoa học và Công nghệ', associationId: undefined },
        ],
      }),
    });
  });

  it('removes, adds and links coordinator rows', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(screen.getByRole('button', { name: /Xóa đơn vị phối hợp 2/ }));
    await user.click(screen.getByTestId('add-coordinator'));
    const rows = screen.getAllByTestId('coordinator-row');
    expect(rows).toHaveLength(2);
    const row = rows.at(1) as HTMLElement;
    await user.type(within(row).getByLabelText(/Tên đơn vị phối hợp 2/), 'Hội Tin học');
    const select = within(row).getByLabelText(/Hội thành viên của đơn vị 2/);
    await user.click(select);
    await waitFor(() => expect(select.getAttribute('aria-controls')).toBeTruthy());
    const listbox = document.getElementById(select.getAttribute('aria-controls') ?? '') as HTMLElement;
    await user.click(within(listbox).getByRole('option', { name: 'Hội Tin học tỉnh Nghệ An', hidden: true }));
    await waitFor(() =>
      expect(within(row).getByLabelText<HTMLInputElement>(/Tên đơn vị phối hợp 2/).value).toBe(
        'Hội Tin học tỉnh Nghệ An',
      ),
    );
    fireEvent.click(screen.getByTestId('save-task'));
    expect(mutate.mock.lastCall?.[0].body.coordinators).toEqual([
      { name: 'Hội Y học tỉnh Nghệ An', associationId: HOI_Y_HOC },
      { name: 'Hội Tin học tỉnh Nghệ An', associationId: HOI_TIN_HOC },
    ]);
  });
});
