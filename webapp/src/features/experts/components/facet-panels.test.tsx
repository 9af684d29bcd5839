import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '@/test/render';
import type { ExpertFacets } from '../api/experts';
import { ActiveFilters, FacetPanels } from './facet-panels';

const facets: ExpertFacets = {
  fields: [
    { value: 'thuy-loi', label: 'Thủy lợi', count: 12 },
    { value: 'y-te', label: 'Y tế', count: 1 },
  ],
  qualifications: [],
  associations: [{ value: 'a1', label: 'Hội Khoa học Thủy lợi', count: 2 }],
  availability: [{ value: 'available', label: 'Sẵn sàng', count: 3 }],
};

describe('FacetPanels', () => {
  it('shows each value with its count, marks the selected one and hides empty facets', () => {
    const onToggle = vi.fn();
    renderWithMantine(
      <FacetPanels
        facets={facets}
        query={{ field: 'y-te', page: 1, size: 20 }}
        vocabulary={undefined}
        language="vi"
        onToggle={onToggle}
      />,
    );
    const fields = screen.getByRole('region', { name: 'Lĩnh vực' });
    const water = within(fields).getByRole('button', { name: /Thủy lợi/ });
    expect(water.textContent).toContain('12 chuyên gia');
    expect(water.getAttribute('aria-pressed')).toBe('false');
    expect(within(fields).getByRole('button', { name: /Y tế/ }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByRole('region', { name: 'Học hàm, học vị' })).toBeNull();
    // Availability is labelled by the UI, not by the API's Vietnamese label.
    expect(
      within(screen.getByRole('region', { name: 'Tình trạng' })).getByRole('button').textContent,
    ).toContain('Sẵn sàng');
    fireEvent.click(water);
    expect(onToggle).toHaveBeenCalledWith('field', 'thuy-loi');
  });

  it('shows the active filters as removable chips', () => {
    const onRemove = vi.fn();
    const onClear = vi.fn();
    renderWithMantine(
      <ActiveFilters
        query={{ q: 'hung', associationId: 'a1', availability: 'busy', page: 1, size: 20 }}
        facets={facets}
        vocabulary={undefined}
        language="vi"
        onRemove={onRemove}
        onClear={onClear}
      />,
    );
    const chips = screen.getAllByTestId('filter-chip').map((c) => c.textContent);
    expect(chips).toEqual(['Hội thành viên: Hội Khoa học Thủy lợi', 'Tình trạng: Đang bận']);
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ lọc Tình trạng: Đang bận' }));
    expect(onRemove).toHaveBeenCalledWith('availability');
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ tất cả bộ lọc' }));
    expect(onClear).toHaveBeenCalled();
  });
});
