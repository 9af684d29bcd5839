import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '@/test/render';
import { EMPTY_VALUES } from '../api/association-form-model';
import { AssociationForm } from './association-form';

const baseProps = {
  initial: EMPTY_VALUES,
  canChangeStatus: true,
  showInternalNotes: false,
  submitting: false,
  submitLabel: 'Lưu',
};

describe('AssociationForm', () => {
  it('does not submit invalid values and shows the errors next to the fields', () => {
    const onSubmit = vi.fn();
    renderWithMantine(<AssociationForm {...baseProps} onSubmit={onSubmit} />);
    fireEvent.change(screen.getByLabelText(/Thư điện tử/), { target: { value: 'sai' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getAllByText('Không được để trống')).toHaveLength(2);
    expect(screen.getByText('Địa chỉ thư điện tử không hợp lệ')).toBeTruthy();
  });

  it('submits valid values', () => {
    const onSubmit = vi.fn();
    renderWithMantine(<AssociationForm {...baseProps} onSubmit={onSubmit} />);
    fireEvent.change(screen.getByLabelText(/Tên hội/), { target: { value: 'Hội Tin học' } });
    fireEvent.change(screen.getByLabelText(/Lĩnh vực/), { target: { value: 'Công nghệ thông tin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ name: 'Hội Tin học' }));
  });

  it("shows the API's field errors next to the right field", () => {
    renderWithMantine(
      <AssociationForm
        {...baseProps}
        onSubmit={() => {}}
        serverErrors={{
          name: { message: 'Tên hội đã tồn tại' },
          'contact.phone': { message: 'sai định dạng' },
        }}
      />,
    );
    const name = screen.getByLabelText(/Tên hội/);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Tên hội đã tồn tại')).toBeTruthy();
    expect(screen.getByLabelText(/Điện thoại/).getAttribute('aria-invalid')).toBe('true');
  });

  it('hides the status field from those who may not change it', () => {
    renderWithMantine(<AssociationForm {...baseProps} canChangeStatus={false} onSubmit={() => {}} />);
    expect(screen.queryByLabelText('Trạng thái')).toBeNull();
  });
});
