import { describe, expect, it } from 'vitest';
import { parseListParams, toListParams } from './list-params';

describe('list state in the URL', () => {
  it('reads defaults from an empty URL', () => {
    expect(parseListParams(new URLSearchParams())).toEqual({
      q: undefined,
      status: undefined,
      field: undefined,
      congressStatus: undefined,
      page: 1,
      size: 20,
      sort: 'name',
    });
  });

  it('round-trips every filter', () => {
    const query = {
      q: 'hoi y hoc',
      status: 'suspended' as const,
      field: 'Y tế',
      congressStatus: 'overdue' as const,
      page: 3,
      size: 50,
      sort: '-memberCount',
    };
    expect(parseListParams(toListParams(query))).toEqual(query);
  });

  it('drops invalid values instead of sending them to the API', () => {
    const q = parseListParams(
      new URLSearchParams('status=gone&congressStatus=x&page=-2&size=7&sort=password'),
    );
    expect(q).toMatchObject({
      status: undefined,
      congressStatus: undefined,
      page: 1,
      size: 20,
      sort: 'name',
    });
  });

  it('leaves defaults out of the URL', () => {
    expect(toListParams({ page: 1, size: 20, sort: 'name' }).toString()).toBe('');
  });
});
