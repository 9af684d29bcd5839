import { describe, expect, it } from 'vitest';
import { flatHits, searchable, type SearchResults } from './search';

describe('search box helpers', () => {
  it('sends a query only when it has two letters or digits and fits the API', () => {
    expect(searchable('')).toBe(false);
    expect(searchable('a')).toBe(false);
    expect(searchable('- -')).toBe(false);
    expect(searchable('\u200B\u200B')).toBe(false);
    expect(searchable('hộ')).toBe(true);
    expect(searchable('10')).toBe(true);
    expect(searchable('x'.repeat(201))).toBe(false);
  });

  it('walks the hits group after group', () => {
    const hit = (kind: SearchResults['groups'][number]['kind'], id: string) => ({
      kind,
      id,
      title: id,
      path: `/${id}`,
      href: `/api/v1/${kind}/${id}`,
    });
    const results: SearchResults = {
      query: 'hoi',
      groups: [
        { kind: 'associations', hits: [hit('associations', 'a1'), hit('associations', 'a2')], more: false },
        { kind: 'experts', hits: [hit('experts', 'e1')], more: true },
      ],
    };
    expect(flatHits(results).map((h) => h.id)).toEqual(['a1', 'a2', 'e1']);
    expect(flatHits(undefined)).toEqual([]);
  });
});
