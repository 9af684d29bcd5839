import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '@/test/render';
import type { ExpertVocabulary } from '../api/experts';
import { EMPTY_VALUES, emptyPublication } from '../api/expert-form-model';
import { ExpertForm } from './expert-form';

vi.mock('@/lib/api/association-search', () => ({
  useAssociationSearch: () => ({
    isFetching: false,
    data: { page: 1, size: 20, total: 0, items: [] },
  }),
}));

const vocabulary: ExpertVocabulary = {
  fields: [
    { code: 'thuy-loi', nameVi: 'Thủy lợi', nameEn: 'Water resources', expertCount: 0, version: 0 },
    { code: 'y-te', nameVi: 'Y tế', nameEn: 'Health', expertCount: 0, version: 0 },
  ],
  qualifications: [
    { code: 'GS', kind: 'title', nameVi: 'Giáo sư', nameEn: 'Professor', level: 90 },
    { code: 'PGS', kind: 'title', nameVi: 'Phó Giáo sư', nameEn: 'Associate Professor', level: 80 },
    { code: 'TS', kind: 'degree', nameVi: 'Tiến sĩ', nameEn: 'Doctor (PhD)', level: 70 },
  ],
};

const baseProps = {
  initial: EMPTY_VALUES,
  vocabulary,
  showUsername: true,
  submitting: false,
  submitLabel: 'Lưu',
  today: '2026-05-10',
};

const optionsOf = (label: RegExp) =>
  within(screen.getByLabelText(label))
    .getAllByRole('option')
    .map((o) => (o as HTMLOptionElement).value);

describe('ExpertForm', () => {
  it('offers titles and degrees from the vocabulary, each in its own select', () => {
    renderWithMantine(<ExpertForm {...baseProps} onSubmit={() => {}} />);
    expect(optionsOf(/^Học hàm/)).toEqual(['', 'GS', 'PGS']);
    expect(optionsOf(/^Học vị/)).toEqual(['', 'TS']);
  });

  it('does not submit without a name; asks for the busy-until date only when busy', () => {
    const onSubmit = vi.fn();
    renderWithMantine(<ExpertForm {...baseProps} onSubmit={onSubmit} />);
    expect(screen.queryByLabelText(/Bận đến ngày/)).toBeNull();
    fireEvent.change(screen.getByLabelText(/^Tình trạng$/), { target: { value: 'busy' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Không được để trống')).toBeTruthy();
    expect(screen.getByText('Hãy chọn ngày hết bận')).toBeTruthy();
  });

  it('submits valid values', () => {
    const onSubmit = vi.fn();
    renderWithMantine(<ExpertForm {...baseProps} onSubmit={onSubmit} />);
    fireEvent.change(screen.getByLabelText(/Họ và tên/), { target: { value: 'Nguyễn Văn Hùng' } });
    fireEvent.change(screen.getByLabelText(/^Học vị/), { target: { value: 'TS' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ fullName: 'Nguyễn Văn Hùng', degreeCode: 'TS', availability: 'available' }),
    );
  });

  it("shows the API's field errors next to the right fields, publication rows included", () => {
    renderWithMantine(
      <ExpertForm
        {...baseProps}
        initial={{ ...EMPTY_VALUES, fullName: 'A', publications: [{ ...emptyPublication(), title: 'Bài' }] }}
        onSubmit={() => {}}
        serverErrors={{
          orcid: { message: 'Mã ORCID không hợp lệ' },
          'contact.email': { message: 'sai địa chỉ' },
          'publications[0].url': { message: 'đường dẫn sai' },
        }}
      />,
    );
    expect(screen.getByLabelText(/Mã ORCID/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Mã ORCID không hợp lệ')).toBeTruthy();
    expect(screen.getByLabelText(/Thư điện tử/).getAttribute('aria-invalid')).toBe('true');
    const row = screen.getByRole('group', { name: 'Công trình 1' });
    expect(
      within(row)
        .getByLabelText(/Đường dẫn/)
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(within(row).getByText('đường dẫn sai')).toBeTruthy();
  });

  it('hides the account link from those who may not set it, and explains each visibility group', () => {
    renderWithMantine(<ExpertForm {...baseProps} showUsername={false} onSubmit={() => {}} />);
    expect(screen.queryByLabelText(/Tên đăng nhập/)).toBeNull();
    expect(optionsOf(/^Thông tin liên hệ/)).toEqual(['public', 'partners', 'internal']);
    expect((screen.getByLabelText(/^Thông tin liên hệ/) as HTMLSelectElement).value).toBe('internal');
    expect(screen.getByText(/mặc định chỉ nội bộ được xem/)).toBeTruthy();
  });
});
