import { describe, expect, it } from 'vitest';
import { parseBoardParams, parseTab, toBoardParams } from './board-params';

describe('board URL state', () => {
  it('defaults to the urgency sort, first page, the board tab', () => {
    const params = new URLSearchParams('');
    expect(parseBoardParams(params)).toEqual({
      q: undefined,
      kind: undefined,
      status: undefined,
      overdue: undefined,
      sort: 'urgency',
      page: 1,
      size: 20,
    });
    expect(parseTab(params)).toBe('board');
  });

  it('reads filters and drops invalid values', () => {
    const query = parseBoardParams(
      new URLSearchParams(
        'q=cam%20Vinh&kind=critique&status=bogus&overdue=true&sort=-updatedAt&page=0&size=7',
      ),
    );
    expect(query).toEqual({
      q: 'cam Vinh',
      kind: 'critique',
      status: undefined,
      overdue: true,
      sort: '-updatedAt',
      page: 1,
      size: 20,
    });
    expect(parseTab(new URLSearchParams('tab=rules'))).toBe('rules');
    expect(parseTab(new URLSearchParams('tab=nope'))).toBe('board');
  });

  it('writes short links and round-trips', () => {
    const query = parseBoardParams(new URLSearchParams('status=received&page=2'));
    const params = toBoardParams(query);
    expect(params.toString()).toBe('status=received&page=2');
    expect(parseBoardParams(params)).toEqual(query);
    expect(toBoardParams({ ...query, page: 1, status: undefined }, 'pool').toString()).toBe('tab=pool');
  });
});
