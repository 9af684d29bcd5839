import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '@/test/render';
import { EMPTY_TERM, validateTerm } from '../api/structure-form-model';
import { TermForm } from './structure-forms';

const baseProps = { initial: EMPTY_TERM, submitLabel: 'Lưu', submitting: false, onCancel: () => {} };

function fill(number: string, start: string, end: string) {
  fireEvent.change(screen.getByLabelText(/Khóa/), { target: { value: number } });
  fireEvent.change(screen.getByLabelText(/Bắt đầu/), { target: { value: start } });
  fireEvent.change(screen.getByLabelText(/Kết thúc/), { target: { value: end } });
}

describe('TermForm', () => {
  it('does not submit a term that ends before or on its start and says so next to the end date', () => {
    const onSubmit = vi.fn();
    renderWithMantine(<TermForm {...baseProps} onSubmit={onSubmit} />);
    fill('5', '2027-07-01', '2027-07-01');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Ngày kết thúc phải sau ngày bắt đầu')).toBeTruthy();
    expect(screen.getByLabelText(/Kết thúc/).getAttribute('aria-invalid')).toBe('true');
  });

  it('requires every field and a number from 1 to 1000', () => {
    const onSubmit = vi.fn();
    renderWithMantine(<TermForm {...baseProps} onSubmit={onSubmit} />);
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getAllByText('Không được để trống')).toHaveLength(3);
    expect(validateTerm({ number: '0', startDate: '2027-01-01', endDate: '2032-01-01' }).number).toBeTruthy();
    expect(
      validateTerm({ number: '1001', startDate: '2027-01-01', endDate: '2032-01-01' }).number,
    ).toBeTruthy();
  });

  it('submits a valid term', () => {
    const onSubmit = vi.fn();
    renderWithMantine(<TermForm {...baseProps} onSubmit={onSubmit} />);
    fill('5', '2027-07-01', '2032-06-30');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(onSubmit).toHaveBeenCalledWith({ number: '5', startDate: '2027-07-01', endDate: '2032-06-30' });
  });

  it("shows the API's field errors next to the right field", () => {
    renderWithMantine(
      <TermForm
        {...baseProps}
        onSubmit={() => {}}
        serverErrors={{ endDate: { message: 'ngày kết thúc phải sau ngày bắt đầu' } }}
      />,
    );
    expect(screen.getByLabelText(/Kết thúc/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('ngày kết thúc phải sau ngày bắt đầu')).toBeTruthy();
  });
});
