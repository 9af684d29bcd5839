import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { tk } from '@/i18n';
import { renderWithMantine } from '@/test/render';
import { ListPagination } from './list-pagination';

const noop = () => {};

describe('ListPagination', () => {
  it('counts associations unless told what it counts', () => {
    renderWithMantine(<ListPagination page={1} size={20} total={1234} onChange={noop} />);
    expect(screen.getByTestId('total').textContent).toBe('1.234 hội');
  });

  it('says "more than" when the API stopped counting, and offers the page after the counted ones', () => {
    renderWithMantine(<ListPagination page={50} size={20} total={1000} totalExact={false} onChange={noop} />);
    expect(screen.getByTestId('total').textContent).toBe('Hơn 1.000 hội');
    expect(screen.getByLabelText('Trang 51')).toBeTruthy();
  });

  it('names what is counted with the given key', () => {
    renderWithMantine(
      <ListPagination page={1} size={20} total={3} totalKey={tk('programs.list.total')} onChange={noop} />,
    );
    expect(screen.getByTestId('total').textContent).toBe('3 chương trình');
  });

  it('offers the page sizes only when it can change them', () => {
    const { unmount } = renderWithMantine(<ListPagination page={2} size={20} total={45} onChange={noop} />);
    expect(screen.queryAllByLabelText('Số dòng')).toEqual([]);
    expect(screen.getByLabelText('Trang 3')).toBeTruthy();
    unmount();
    renderWithMantine(
      <ListPagination
        page={2}
        size={20}
        total={45}
        onChange={noop}
        pageSizes={[10, 20, 50]}
        onSizeChange={noop}
      />,
    );
    const input = screen.getAllByLabelText('Số dòng').find((e) => e.tagName === 'INPUT');
    expect((input as HTMLInputElement).value).toBe('20');
  });
});
