import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '@/test/render';
import { EMPTY_RECIPIENT } from '../api/recipient-form-model';
import { RecipientForm } from './recipient-form';

const props = { initial: EMPTY_RECIPIENT, submitting: false, submitLabel: 'Lưu' };

describe('RecipientForm', () => {
  it('asks for the district of a commune, not of a department', () => {
    const onSubmit = vi.fn();
    renderWithMantine(<RecipientForm {...props} onSubmit={onSubmit} />);
    fireEvent.change(screen.getByLabelText(/^Tên nơi nhận/), { target: { value: 'UBND xã Nghi Phong' } });
    fireEvent.change(screen.getByLabelText(/^Địa chỉ/), { target: { value: 'Xóm 5, xã Nghi Phong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/^Huyện/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Bắt buộc với xã, phường, thị trấn.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/^Loại nơi nhận/), { target: { value: 'department' } });
    expect(screen.getByText('Không bắt buộc với loại nơi nhận này.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'department', name: 'UBND xã Nghi Phong', district: '', copies: 1 }),
    );
  });

  it("shows the API's field errors until the field is changed", () => {
    renderWithMantine(
      <RecipientForm
        {...props}
        initial={{ ...EMPTY_RECIPIENT, name: 'A', address: 'B', district: 'C' }}
        serverErrors={{ phone: { message: 'số điện thoại sai' } }}
        onSubmit={() => {}}
      />,
    );
    expect(screen.getByText('số điện thoại sai')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Điện thoại/), { target: { value: '0238 3861 234' } });
    expect(screen.queryByText('số điện thoại sai')).toBeNull();
  });
});
