import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '@/test/render';
import { RubricEditor } from './rubric-editor';

describe('RubricEditor', () => {
  it("shows each criterion's share and refuses a criterion without a name", () => {
    const onSubmit = vi.fn();
    renderWithMantine(<RubricEditor initial={[]} submitting={false} onSubmit={onSubmit} />);
    fireEvent.click(screen.getByRole('button', { name: 'Thêm tiêu chí' }));
    const weights = screen.getAllByLabelText(/^Trọng số/);
    fireEvent.change(weights[0]!, { target: { value: '3' } });
    expect(screen.getByText('75% tổng điểm')).toBeTruthy();
    expect(screen.getByText('25% tổng điểm')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Lưu thang điểm' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByTestId('rubric-invalid')).toBeTruthy();

    const names = screen.getAllByLabelText(/^Tiêu chí/);
    fireEvent.change(names[0]!, { target: { value: 'Tính mới, tính sáng tạo' } });
    fireEvent.change(names[1]!, { target: { value: 'Khả năng ứng dụng' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu thang điểm' }));
    expect(onSubmit).toHaveBeenCalledWith([
      expect.objectContaining({ name: 'Tính mới, tính sáng tạo', weight: '3' }),
      expect.objectContaining({ name: 'Khả năng ứng dụng', weight: '1' }),
    ]);
  });
});
