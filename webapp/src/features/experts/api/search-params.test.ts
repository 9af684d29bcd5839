import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  clearFilters,
  parseSearchParams,
  toSearchParams,
  toggleFilter,
} from './search-params';

const ASSOC = '0b7a4c1e-1f2d-4c3b-9a8e-123456789abc';

describe('directory state in the URL', () => {
  it('reads defaults from an empty URL', () => {
    expect(parseSearchParams(new URLSearchParams())).toEqual({
      q: undefined,
      field: undefined,
      qualification: undefined,
      associationId: undefined,
      availability: undefined,
      membership: undefined,
      page: 1,
      size: 20,
    });
  });

  it('round-trips the search and every filter', () => {
    const query = {
      q: 'nguyen van hung',
      field: 'thuy-loi',
      qualification: 'PGS',
      associationId: ASSOC,
      availability: 'busy' as const,
      membership: 'proposed' as const,
      page: 3,
      size: 50,
    };
    expect(parseSearchParams(toSearchParams(query))).toEqual(query);
  });

  it('builds the query string the API is called with, leaving defaults out', () => {
    expect(toSearchParams({ q: 'thủy lợi', field: 'thuy-loi', page: 1, size: 20 }).toString()).toBe(
      'q=th%E1%BB%A7y+l%E1%BB%A3i&field=thuy-loi',
    );
    expect(toSearchParams({ page: 1, size: 20 }).toString()).toBe('');
    expect(toSearchParams({ page: 2, size: 20, availability: 'available' }).toString()).toBe(
      'availability=available&page=2',
    );
  });

  it('drops invalid values instead of sending them to the API', () => {
    const q = parseSearchParams(
      new URLSearchParams('availability=sleeping&membership=x&associationId=nope&field=a b&page=0&size=500'),
    );
    expect(q).toMatchObject({
      availability: undefined,
      membership: undefined,
      associationId: undefined,
      field: undefined,
      page: 1,
      size: 20,
    });
  });
});

describe('facet clicks and chips', () => {
  const base = { q: 'hung', page: 4, size: 20 };

  it('a click selects a value and goes back to page 1; a second click clears it', () => {
    const selected = toggleFilter(base, 'field', 'thuy-loi');
    expect(selected).toEqual({ q: 'hung', field: 'thuy-loi', page: 1, size: 20 });
    expect(toggleFilter(selected, 'field', 'thuy-loi').field).toBeUndefined();
    expect(toggleFilter(selected, 'field', 'y-te').field).toBe('y-te');
  });

  it('lists the active filters in a stable order and clears them all but the search', () => {
    const query = { ...base, availability: 'available' as const, field: 'thuy-loi', associationId: ASSOC };
    expect(activeFilters(query)).toEqual([
      { key: 'field', value: 'thuy-loi' },
      { key: 'associationId', value: ASSOC },
      { key: 'availability', value: 'available' },
    ]);
    expect(clearFilters(query)).toEqual({ q: 'hung', page: 1, size: 20 });
  });
});
