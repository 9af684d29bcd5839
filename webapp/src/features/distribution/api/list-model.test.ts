import { describe, expect, it } from 'vitest';
import type { DistributionList, Recipient } from './distribution';
import {
  addMember,
  fromList,
  listFieldErrors,
  listTotals,
  removeMember,
  setMemberCopies,
  toListInput,
  validateList,
} from './list-model';

const list: DistributionList = {
  id: 'l1',
  name: 'Xã, phường, thị trấn',
  members: [
    {
      recipientId: 'a',
      kind: 'commune',
      name: 'Xã A',
      district: 'Nghi Lộc',
      active: true,
      effectiveCopies: 2,
    },
    {
      recipientId: 'b',
      kind: 'ward',
      name: 'Phường B',
      district: 'Vinh',
      active: true,
      copies: 5,
      effectiveCopies: 5,
    },
    {
      recipientId: 'c',
      kind: 'town',
      name: 'Thị trấn C',
      district: 'Quỳ Hợp',
      active: false,
      effectiveCopies: 1,
    },
  ],
  activeMemberCount: 2,
  copies: 7,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 1,
};

const recipient = (id: string, copies = 1, active = true): Recipient => ({
  id,
  kind: 'department',
  name: `Sở ${id}`,
  address: 'Vinh',
  copies,
  active,
  recordCount: 0,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 0,
});

describe('distribution list members', () => {
  it("knows a member's own copies only when the list does not override them", () => {
    const values = fromList(list);
    expect(values.members.map((m) => [m.defaultCopies, m.copies])).toEqual([
      [2, ''],
      [undefined, 5],
      [1, ''],
    ]);
  });

  it('counts what a sending takes: active members, override or own copies', () => {
    const members = fromList(list).members;
    expect(listTotals(members)).toEqual({ members: 3, active: 2, copies: 7, complete: true });
    const more = addMember(members, recipient('d', 4));
    expect(listTotals(more)).toEqual({ members: 4, active: 3, copies: 11, complete: true });
    expect(listTotals(setMemberCopies(more, 'a', 10)).copies).toBe(19);
  });

  it("says when a cleared override leaves a member's copies unknown", () => {
    const members = setMemberCopies(fromList(list).members, 'b', '');
    expect(listTotals(members)).toEqual({ members: 3, active: 2, copies: 2, complete: false });
  });

  it('holds a recipient once, and removes it', () => {
    const members = fromList(list).members;
    expect(addMember(members, recipient('a'))).toBe(members);
    expect(removeMember(members, 'b').map((m) => m.recipientId)).toEqual(['a', 'c']);
  });

  it('validates the name and the overrides, and sends members in order with their overrides', () => {
    const values = { ...fromList(list), name: ' ' };
    values.members = setMemberCopies(values.members, 'a', 0);
    const errors = validateList(values);
    expect(errors.name).toEqual({ key: 'validation.required' });
    expect(Object.keys(errors.copies ?? {})).toEqual(['a']);
    expect(toListInput(fromList(list))).toEqual({
      name: 'Xã, phường, thị trấn',
      description: undefined,
      members: [
        { recipientId: 'a', copies: undefined },
        { recipientId: 'b', copies: 5 },
        { recipientId: 'c', copies: undefined },
      ],
    });
  });

  it("maps the API's member errors to the member's row", () => {
    const members = fromList(list).members;
    const sorted = listFieldErrors(
      {
        name: 'trùng tên',
        'members[1].copies': 'tối đa 1000',
        'members[2].recipientId': 'không có',
        foo: 'bar',
      },
      members,
    );
    expect(sorted.byField).toEqual({
      name: { message: 'trùng tên' },
      copies: { b: { message: 'tối đa 1000' } },
    });
    expect(sorted.other).toEqual(['Thị trấn C: không có', 'foo: bar']);
  });
});
