import { describe, expect, it } from 'vitest';
import type { Recipient } from './distribution';
import {
  EMPTY_RECIPIENT,
  fromRecipient,
  parseCopies,
  recipientFieldErrors,
  toRecipientInput,
  validateRecipient,
  withActive,
} from './recipient-form-model';

const recipient: Recipient = {
  id: 'r1',
  kind: 'department',
  name: 'Sở Khoa học và Công nghệ',
  address: '75 Nguyễn Thị Minh Khai, Vinh',
  copies: 3,
  active: true,
  recordCount: 2,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 4,
};

describe('recipient form', () => {
  it('requires the district for communes, wards and towns only', () => {
    const values = { ...EMPTY_RECIPIENT, name: 'UBND xã Nghi Phong', address: 'Xóm 5' };
    expect(validateRecipient({ ...values, kind: 'commune' }).district).toEqual({
      key: 'validation.required',
    });
    expect(validateRecipient({ ...values, kind: 'town', district: '  ' }).district).toBeDefined();
    expect(validateRecipient({ ...values, kind: 'department' })).toEqual({});
    expect(validateRecipient({ ...values, kind: 'ward', district: 'TP Vinh' })).toEqual({});
  });

  it('checks name, address, phone and copies like the API', () => {
    const errors = validateRecipient({
      ...EMPTY_RECIPIENT,
      phone: 'abc',
      copies: 0,
      name: ' ',
      district: 'X',
    });
    expect(Object.keys(errors).sort()).toEqual(['address', 'copies', 'name', 'phone']);
    expect(
      validateRecipient({ ...EMPTY_RECIPIENT, kind: 'other', name: 'a'.repeat(301), address: 'x' }).name,
    ).toEqual({
      key: 'validation.maxLength',
      values: { max: 300 },
    });
  });

  it('reads copies as whole numbers from 1 to 1000 only', () => {
    expect(parseCopies(5)).toBe(5);
    expect(parseCopies(' 12 ')).toBe(12);
    expect(parseCopies('')).toBeUndefined();
    expect(parseCopies(1.5)).toBeUndefined();
    expect(parseCopies(1001)).toBeUndefined();
    expect(parseCopies('2e2')).toBeUndefined();
  });

  it('sends trimmed values, leaving out empty optional fields', () => {
    expect(
      toRecipientInput({
        ...EMPTY_RECIPIENT,
        name: '  UBND xã Nghi Phong ',
        district: ' Nghi Lộc ',
        address: 'Xóm 5',
        copies: '2',
        phone: ' ',
      }),
    ).toEqual({
      kind: 'commune',
      name: 'UBND xã Nghi Phong',
      district: 'Nghi Lộc',
      address: 'Xóm 5',
      contactPerson: undefined,
      phone: undefined,
      copies: 2,
      active: true,
      note: undefined,
    });
  });

  it('deactivates a recipient by sending it unchanged but inactive', () => {
    expect(withActive(recipient, false)).toEqual({
      ...toRecipientInput(fromRecipient(recipient)),
      active: false,
    });
    expect(withActive(recipient, false).copies).toBe(3);
  });

  it("puts the API's field errors next to their fields", () => {
    expect(recipientFieldErrors({ district: 'cần ghi huyện', 'x.y': 'z' })).toEqual({
      byField: { district: { message: 'cần ghi huyện' } },
      other: ['x.y: z'],
    });
  });
});
