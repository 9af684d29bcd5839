import { describe, expect, it } from 'vitest';
import {
  parseListParams,
  parseRecipientParams,
  parseRecordParams,
  toListParams,
  toRecipientParams,
  toRecordParams,
} from './params';

describe('recipient list params', () => {
  it('reads filters from the URL and drops invalid values', () => {
    const q = parseRecipientParams(
      new URLSearchParams(
        'q= nghi phong &kind=ward&district=Nghi%20L%E1%BB%99c&active=false&sort=-copies&page=3&size=50',
      ),
    );
    expect(q).toEqual({
      q: 'nghi phong',
      kind: 'ward',
      district: 'Nghi Lộc',
      active: false,
      sort: '-copies',
      page: 3,
      size: 50,
    });
    expect(parseRecipientParams(new URLSearchParams('kind=city&active=yes&sort=drop&page=0&size=7'))).toEqual(
      {
        q: undefined,
        kind: undefined,
        district: undefined,
        active: undefined,
        sort: 'district,name',
        page: 1,
        size: 20,
      },
    );
  });

  it('writes only what differs from the defaults, and reads it back the same', () => {
    const base = parseRecipientParams(new URLSearchParams());
    expect(toRecipientParams(base).toString()).toBe('');
    const q = { ...base, kind: 'commune' as const, active: true, page: 2 };
    expect(toRecipientParams(q).toString()).toBe('kind=commune&active=true&page=2');
    expect(parseRecipientParams(toRecipientParams(q))).toEqual(q);
  });
});

describe('list and record params', () => {
  it('round-trips the lists page', () => {
    const q = { q: 'xa phuong', page: 2, size: 10 };
    expect(parseListParams(toListParams(q))).toEqual(q);
    expect(toListParams({ page: 1, size: 20 }).toString()).toBe('');
  });

  it("round-trips an issue's records page; unknown sorts fall back to district then recipient", () => {
    const q = { kind: 'department' as const, sort: '-sentOn', page: 4, size: 100 };
    expect(parseRecordParams(toRecordParams(q))).toEqual(q);
    expect(parseRecordParams(new URLSearchParams('sort=recipientName')).sort).toBe('district,recipient');
  });
});
