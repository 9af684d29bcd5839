import { describe, expect, it } from 'vitest';
import {
  editionFieldErrors,
  isDate,
  newEditionValues,
  toEditionInput,
  validateEdition,
} from './edition-form-model';

const valid = { ...newEditionValues(2031), name: 'Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng lần thứ 19' };

describe('edition form', () => {
  it('accepts the usual calendar', () => {
    expect(validateEdition(valid)).toEqual({});
  });

  it('requires the phase dates in order, marking the date that comes too early', () => {
    const errors = validateEdition({ ...valid, submissionCloses: '2031-05-01', judgingCloses: '2031-07-10' });
    expect(errors.submissionCloses).toEqual({
      key: 'contests.validation.dateOrder',
      values: { date: '2031-05-31' },
    });
    // judgingOpens (07-10) is still after submissionCloses; judgingCloses on the same day is allowed.
    expect(errors.judgingOpens).toBeUndefined();
    expect(errors.judgingCloses).toBeUndefined();
    expect(validateEdition({ ...valid, resultsDate: '2031-07-30' }).resultsDate).toMatchObject({
      key: 'contests.validation.dateOrder',
    });
  });

  it('refuses impossible dates and empty ones', () => {
    expect(isDate('2031-02-29')).toBe(false);
    expect(isDate('2032-02-29')).toBe(true);
    const errors = validateEdition({ ...valid, registrationOpens: '2031-02-30', judgingOpens: '' });
    expect(errors.registrationOpens).toEqual({ key: 'validation.date' });
    expect(errors.judgingOpens).toEqual({ key: 'validation.required' });
  });

  it('checks the ranges: year, ages in order, both grades or none', () => {
    const errors = validateEdition({ ...valid, year: '1999', minAge: '15', maxAge: '12', minGrade: '' });
    expect(errors.year).toMatchObject({ key: 'contests.validation.integer' });
    expect(errors.maxAge).toEqual({ key: 'contests.validation.notBelow', values: { min: 15 } });
    expect(errors.minGrade).toEqual({ key: 'contests.validation.gradeBoth' });
    expect(validateEdition({ ...valid, minGrade: '', maxGrade: '' })).toEqual({});
  });

  it('sends numbers, the quota and the co-organisers without blanks', () => {
    const input = toEditionInput({
      ...valid,
      coOrganisers: [' Sở Khoa học và Công nghệ ', ''],
      minGrade: '',
      maxGrade: '',
    });
    expect(input).toMatchObject({
      year: 2031,
      coOrganisers: ['Sở Khoa học và Công nghệ'],
      minAge: 8,
      maxAge: 18,
      minGrade: undefined,
      awardQuota: { first: 1, second: 2, third: 3, consolation: 4 },
    });
  });

  it("puts the API's field errors next to their fields", () => {
    expect(editionFieldErrors({ 'awardQuota.first': 'quá lớn', 'coOrganisers[1]': 'trống', x: 'y' })).toEqual(
      {
        byField: { quotaFirst: { message: 'quá lớn' }, coOrganisers: { message: 'trống' } },
        other: ['x: y'],
      },
    );
  });
});
