import { describe, expect, it } from 'vitest';
import type { Expert } from './experts';
import {
  EMPTY_VALUES,
  emptyPublication,
  fromExpert,
  isValidOrcid,
  serverFieldErrors,
  toInput,
  validateExpert,
  type ExpertFormValues,
} from './expert-form-model';

const valid: ExpertFormValues = { ...EMPTY_VALUES, fullName: 'Nguyễn Văn Hùng' };
const options = { today: '2026-05-10', checkUsername: true };
const keyOf = (values: Partial<ExpertFormValues>, field: string) => {
  const e = (validateExpert({ ...valid, ...values }, options) as Record<string, unknown>)[field];
  return e && typeof e === 'object' && 'key' in e ? e.key : e;
};
const row = (title: string, url = '', year = '') => ({ ...emptyPublication(), title, url, year });

describe('expert form validation (mirrors the API)', () => {
  it('accepts a minimal valid profile', () => {
    expect(validateExpert(valid, options)).toEqual({});
  });

  it('requires the full name and enforces the lengths', () => {
    expect(keyOf({ fullName: '  ' }, 'fullName')).toBe('validation.required');
    expect(keyOf({ fullName: 'a'.repeat(201) }, 'fullName')).toBe('validation.maxLength');
    expect(keyOf({ biography: 'a'.repeat(5001) }, 'biography')).toBe('validation.maxLength');
    expect(keyOf({ keywords: ['a'.repeat(81)] }, 'keywords')).toBe('experts.validation.itemMaxLength');
    expect(keyOf({ fieldCodes: Array.from({ length: 11 }, (_, i) => `f${i}`) }, 'fieldCodes')).toBe(
      'experts.validation.maxItems',
    );
  });

  it('checks the ORCID iD with its check digit', () => {
    expect(isValidOrcid('0000-0002-1825-0097')).toBe(true);
    expect(isValidOrcid('0000-0002-1694-233X')).toBe(true);
    expect(isValidOrcid('0000-0002-1825-0098')).toBe(false);
    expect(isValidOrcid('0000000218250097')).toBe(false);
    expect(keyOf({ orcid: '0000-0002-1825-0098' }, 'orcid')).toBe('experts.validation.orcid');
  });

  it('needs a busy-until date, not in the past, only when busy', () => {
    expect(keyOf({ availability: 'busy' }, 'busyUntil')).toBe('experts.validation.busyUntilRequired');
    expect(keyOf({ availability: 'busy', busyUntil: '2026-05-09' }, 'busyUntil')).toBe(
      'experts.validation.busyUntilPast',
    );
    expect(keyOf({ availability: 'busy', busyUntil: '2026-05-10' }, 'busyUntil')).toBeUndefined();
    expect(keyOf({ availability: 'retired', busyUntil: '' }, 'busyUntil')).toBeUndefined();
  });

  it('checks each publication row and ignores blank rows', () => {
    const errors = validateExpert(
      { ...valid, publications: [row(''), row('', 'https://x.vn'), row('Bài báo', 'doi.org/1', '1800')] },
      options,
    );
    expect(Object.keys(errors).sort()).toEqual([
      'publications[1].title',
      'publications[2].url',
      'publications[2].year',
    ]);
  });

  it('checks contact details and the username', () => {
    expect(keyOf({ 'contact.email': 'sai' }, 'contact.email')).toBe('validation.email');
    expect(keyOf({ 'contact.phone': '0912 345 678' }, 'contact.phone')).toBeUndefined();
    expect(keyOf({ 'contact.phone': 'a'.repeat(8) }, 'contact.phone')).toBe('experts.validation.phone');
    expect(keyOf({ username: 'tên có dấu' }, 'username')).toBe('experts.validation.username');
    expect(
      validateExpert({ ...valid, username: 'tên có dấu' }, { ...options, checkUsername: false }),
    ).toEqual({});
  });
});

describe('request body', () => {
  it('trims, drops blank rows and empty values, sends busy-until only when busy', () => {
    const body = toInput(
      {
        ...valid,
        fullName: ' Nguyễn Văn Hùng ',
        degreeCode: 'TS',
        fieldCodes: ['thuy-loi'],
        keywords: [' tưới ', 'tưới', ''],
        associations: [{ id: 'a1', name: 'Hội' }],
        publications: [row(''), row(' Bài báo ', '', '2021')],
        busyUntil: '2027-01-01',
        'contact.email': 'hung@example.vn',
        username: 'expert',
      },
      { includeUsername: false },
    );
    expect(body).toMatchObject({
      fullName: 'Nguyễn Văn Hùng',
      titleCode: undefined,
      degreeCode: 'TS',
      fieldCodes: ['thuy-loi'],
      keywords: ['tưới'],
      associationIds: ['a1'],
      publications: [{ title: 'Bài báo', url: undefined, year: 2021 }],
      contact: { email: 'hung@example.vn', phone: undefined, address: undefined },
      availability: 'available',
      busyUntil: undefined,
      visibility: { profile: 'public', biography: 'public', contact: 'internal', availability: 'partners' },
      username: undefined,
    });
    expect(toInput({ ...valid, username: 'expert' }, { includeUsername: true }).username).toBe('expert');
    expect(toInput({ ...valid }, { includeUsername: true }).contact).toBeUndefined();
  });

  it('round-trips a profile into form values', () => {
    const expert: Expert = {
      id: 'e1',
      fullName: 'Nguyễn Văn Hùng',
      displayName: 'PGS.TS. Nguyễn Văn Hùng',
      titleCode: 'PGS',
      degreeCode: 'TS',
      fields: [{ code: 'thuy-loi', nameVi: 'Thủy lợi', nameEn: 'Water resources' }],
      keywords: ['tưới'],
      associations: [{ id: 'a1', name: 'Hội Thủy lợi' }],
      publications: [{ title: 'Bài báo', year: 2021 }],
      contact: { phone: '0912 345 678' },
      availability: 'busy',
      busyUntil: '2027-03-31',
      membership: 'active',
      visibility: { profile: 'public', biography: 'partners', contact: 'internal', availability: 'public' },
      username: 'expert',
      audience: 'internal',
      canEdit: true,
      version: 3,
    };
    const values = fromExpert(expert);
    expect(values).toMatchObject({
      titleCode: 'PGS',
      fieldCodes: ['thuy-loi'],
      associations: [{ id: 'a1', name: 'Hội Thủy lợi' }],
      'contact.phone': '0912 345 678',
      availability: 'busy',
      busyUntil: '2027-03-31',
      'visibility.biography': 'partners',
      username: 'expert',
    });
    expect(values.publications.map((p) => [p.title, p.url, p.year])).toEqual([['Bài báo', '', '2021']]);
    expect(toInput(values, { includeUsername: true })).toMatchObject({
      fullName: 'Nguyễn Văn Hùng',
      publications: [{ title: 'Bài báo', year: 2021 }],
      busyUntil: '2027-03-31',
      username: 'expert',
    });
  });

  it('maps API field errors to form fields, publication indexes to the rows sent', () => {
    const values = { ...valid, publications: [row(''), row('A'), row('B')] };
    expect(
      serverFieldErrors(
        {
          fullName: 'trống',
          'contact.email': 'sai',
          'visibility.contact': 'sai',
          'fieldCodes[0]': 'không có',
          'keywords.<list element>[1]': 'dài quá',
          'associationIds[0]': 'không có',
          'publications[1].url': 'sai',
          'publications.title[0]': 'trống',
          orcid: 'sai',
          $: 'x',
        },
        values,
      ),
    ).toEqual({
      byField: {
        fullName: { message: 'trống' },
        'contact.email': { message: 'sai' },
        'visibility.contact': { message: 'sai' },
        fieldCodes: { message: 'không có' },
        keywords: { message: 'dài quá' },
        associations: { message: 'không có' },
        'publications[2].url': { message: 'sai' },
        'publications[1].title': { message: 'trống' },
        orcid: { message: 'sai' },
      },
      other: ['$: x'],
    });
  });
});
