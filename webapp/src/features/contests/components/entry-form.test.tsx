import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '@/test/render';
import type { Category } from '../api/contests';
import { newEntryValues } from '../api/entry-form-model';
import { EntryForm } from './entry-form';

const category: Category = {
  id: 'c1',
  editionId: 'e1',
  code: 'ky-thuat',
  name: 'Kỹ thuật cơ khí',
  position: 1,
  rubric: [],
  rubricFrozen: false,
  createdAt: '',
  updatedAt: '',
  version: 1,
};
const rules = {
  registrationCloses: '2031-05-31',
  minAge: 8,
  maxAge: 18,
  minGrade: 3,
  maxGrade: 12,
  maxAuthorsPerEntry: 2,
};

function fill(label: RegExp, value: string, index = 0) {
  fireEvent.change(screen.getAllByLabelText(label)[index]!, { target: { value } });
}

describe('EntryForm', () => {
  it('checks the author against the edition and sends the entry once eligible', () => {
    const onSubmit = vi.fn();
    renderWithMantine(
      <EntryForm
        initial={newEntryValues({
          id: 'k',
          username: 'coordinator',
          kind: 'school',
          fullName: 'Cô Hương',
          school: 'Trường THCS Đặng Thai Mai',
          district: 'Thành phố Vinh',
          active: true,
          createdAt: '',
          updatedAt: '',
          version: 1,
        })}
        categories={[category]}
        rules={rules}
        schoolFixed
        districtFixed
        submitLabel="Đăng ký bài"
        submitting={false}
        onSubmit={onSubmit}
      />,
    );
    fill(/^Lĩnh vực/, 'c1');
    fill(/^Tên bài dự thi/, 'Máy tưới cây tự động');
    fill(/^Mô tả bài dự thi/, 'Tưới theo độ ẩm đất.');
    fill(/^Họ và tên/, 'Nguyễn Thị Lan Anh', 1); // [0] is the supervisor's
    fill(/^Ngày sinh/, '2010-01-01');
    fireEvent.click(screen.getByRole('button', { name: 'Đăng ký bài' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText(/Tác giả 21 tuổi tính đến ngày 2031-05-31/)).toBeTruthy();

    fill(/^Ngày sinh/, '2018-01-01');
    fireEvent.click(screen.getByRole('button', { name: 'Đăng ký bài' }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        categoryId: 'c1',
        school: 'Trường THCS Đặng Thai Mai',
        authors: [expect.objectContaining({ fullName: 'Nguyễn Thị Lan Anh', district: 'Thành phố Vinh' })],
      }),
    );
  });

  it('adds authors up to the edition limit', () => {
    renderWithMantine(
      <EntryForm
        initial={newEntryValues()}
        categories={[category]}
        rules={rules}
        submitLabel="Đăng ký bài"
        submitting={false}
        onSubmit={() => {}}
      />,
    );
    const add = screen.getByRole('button', { name: 'Thêm tác giả' });
    fireEvent.click(add);
    expect(screen.getByText('Tác giả 2')).toBeTruthy();
    expect((add as HTMLButtonElement).disabled).toBe(true);
  });
});
