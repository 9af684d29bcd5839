import { describe, expect, it } from 'vitest';
import {
  parseArchiveParams,
  parseBoardParams,
  placedParam,
  searchesArticles,
  toArchiveParams,
  toBoardParams,
  yearChoices,
} from './search-params';

describe('the archive in the URL', () => {
  it('reads words, year and field, dropping what the API would refuse', () => {
    expect(
      parseArchiveParams(new URLSearchParams('q=%20cam%20vinh%20&year=2026&field=nong-nghiep&page=2')),
    ).toEqual({
      q: 'cam vinh',
      year: 2026,
      field: 'nong-nghiep',
      page: 2,
    });
    expect(parseArchiveParams(new URLSearchParams('year=2400&field=a%20b&page=0'))).toEqual({
      q: undefined,
      year: undefined,
      field: undefined,
      page: 1,
    });
  });

  it('writes short links, and searches articles only for words or a field', () => {
    expect(toArchiveParams({ q: 'cam vinh', year: 2026, page: 1 }).toString()).toBe('q=cam+vinh&year=2026');
    expect(searchesArticles({ year: 2026, page: 1 })).toBe(false);
    expect(searchesArticles({ field: 'y-te', page: 1 })).toBe(true);
  });

  it('offers the years of the published issues, newest first, within the API’s range', () => {
    expect(yearChoices('2024-03', '2026-11')).toEqual([2026, 2025, 2024]);
    expect(yearChoices(undefined, undefined)).toEqual([]);
    expect(yearChoices(undefined, undefined, 2020)).toEqual([2020]);
    expect(yearChoices('2199-01', '2500-01')).toEqual([2200, 2199]);
  });
});

describe('the board in the URL', () => {
  it('keeps each tab’s own filters', () => {
    const issues = parseBoardParams(new URLSearchParams('status=scheduled'));
    expect(issues).toEqual({
      tab: 'issues',
      status: 'scheduled',
      q: undefined,
      placement: 'unplaced',
      page: 1,
    });
    expect(toBoardParams(issues).toString()).toBe('status=scheduled');
    const desk = parseBoardParams(new URLSearchParams('tab=articles&q=cam&placement=all&status=bogus'));
    expect(desk).toMatchObject({ tab: 'articles', q: 'cam', placement: 'all', status: undefined });
    expect(toBoardParams(desk).toString()).toBe('tab=articles&q=cam&placement=all');
  });

  it('asks the API for unplaced, placed or all articles', () => {
    expect(placedParam('unplaced')).toBe(false);
    expect(placedParam('placed')).toBe(true);
    expect(placedParam('all')).toBeUndefined();
  });
});
