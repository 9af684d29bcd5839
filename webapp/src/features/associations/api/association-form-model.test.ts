import { describe, expect, it } from 'vitest';
import {
  EMPTY_VALUES,
  fromDetail,
  serverFieldErrors,
  toInput,
  validateAssociation,
  type AssociationFormValues,
} from './association-form-model';

const valid: AssociationFormValues = {
  ...EMPTY_VALUES,
  name: 'Hội Y học',
  field: 'Y tế',
  memberCount: '120',
};
const keyOf = (values: Partial<AssociationFormValues>, field: keyof AssociationFormValues) => {
  const e = validateAssociation({ ...valid, ...values })[field];
  return e && 'key' in e ? e.key : e;
};

describe('association form validation (mirrors the API)', () => {
  it('accepts a minimal valid association', () => {
    expect(validateAssociation(valid)).toEqual({});
  });

  it('requires name, field and member count', () => {
    expect(keyOf({ name: '  ' }, 'name')).toBe('validation.required');
    expect(keyOf({ field: '' }, 'field')).toBe('validation.required');
    expect(keyOf({ memberCount: '' }, 'memberCount')).toBe('validation.required');
  });

  it('enforces the maximum lengths', () => {
    expect(keyOf({ name: 'a'.repeat(301) }, 'name')).toBe('validation.maxLength');
    expect(keyOf({ name: 'a'.repeat(300) }, 'name')).toBeUndefined();
    expect(keyOf({ abbreviation: 'a'.repeat(51) }, 'abbreviation')).toBe('validation.maxLength');
    expect(keyOf({ field: 'a'.repeat(201) }, 'field')).toBe('validation.maxLength');
    expect(keyOf({ foundingDecision: 'a'.repeat(301) }, 'foundingDecision')).toBe('validation.maxLength');
    expect(keyOf({ description: 'a'.repeat(5001) }, 'description')).toBe('validation.maxLength');
  });

  it('checks member count, email, phone and website formats', () => {
    expect(keyOf({ memberCount: '-1' }, 'memberCount')).toBe('validation.memberCount');
    expect(keyOf({ memberCount: '10000001' }, 'memberCount')).toBe('validation.memberCount');
    expect(keyOf({ memberCount: '10000000' }, 'memberCount')).toBeUndefined();
    expect(keyOf({ 'contact.email': 'not-an-email' }, 'contact.email')).toBe('validation.email');
    expect(keyOf({ 'contact.phone': 'abc123' }, 'contact.phone')).toBe('validation.phone');
    expect(keyOf({ 'contact.phone': '0238 3844 555' }, 'contact.phone')).toBeUndefined();
    expect(keyOf({ 'contact.website': 'hoiyhoc.vn' }, 'contact.website')).toBe('validation.website');
    expect(keyOf({ 'contact.website': 'https://hoiyhoc.vn' }, 'contact.website')).toBeUndefined();
  });
});

describe('request body', () => {
  it('trims, omits empty values and leaves the status out unless allowed', () => {
    const body = toInput(
      { ...valid, name: ' Hội Y học ', 'contact.email': 'a@b.vn' },
      { includeStatus: false },
    );
    expect(body).toEqual({
      name: 'Hội Y học',
      field: 'Y tế',
      memberCount: 120,
      contact: { email: 'a@b.vn', address: undefined, phone: undefined, website: undefined },
      abbreviation: undefined,
      foundingDecision: undefined,
      foundedOn: undefined,
      status: undefined,
      description: undefined,
      internalNotes: undefined,
    });
    expect(toInput(valid, { includeStatus: true }).status).toBe('active');
  });

  it('round-trips a detail into form values', () => {
    const values = fromDetail({
      id: 'x',
      name: 'Hội',
      field: 'Y tế',
      status: 'suspended',
      memberCount: 5,
      congressStatus: 'no_term',
      terms: [],
      congresses: [],
      leaders: [],
      canEdit: true,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      version: 2,
      contact: { phone: '0238 1' },
    });
    expect(values).toMatchObject({
      name: 'Hội',
      status: 'suspended',
      memberCount: '5',
      'contact.phone': '0238 1',
    });
  });

  it('maps API field errors to form fields', () => {
    expect(serverFieldErrors({ name: 'đã tồn tại', 'contact.email': 'sai', $: 'x' })).toEqual({
      byField: { name: { message: 'đã tồn tại' }, 'contact.email': { message: 'sai' } },
      other: ['$: x'],
    });
  });
});
