import { describe, expect, it } from 'vitest';
import type { Term } from './structure';
import {
  congressInput,
  emptyCongress,
  emptyLeader,
  fieldErrorsFor,
  validateCongress,
  validateLeader,
  validateTerm,
} from './structure-form-model';

const term: Term = { id: 't1', number: 5, startDate: '2027-07-01', endDate: '2032-06-30', version: 0 };

describe('structure form model', () => {
  it('a term ends after it starts', () => {
    expect(validateTerm({ number: '5', startDate: '2027-07-01', endDate: '2027-06-30' }).endDate).toEqual({
      key: 'association.validation.endAfterStart',
    });
    expect(validateTerm({ number: '5', startDate: '2027-07-01', endDate: '2027-07-02' })).toEqual({});
  });

  it('a congress needs a date, and a held date not in the future', () => {
    expect(validateCongress(emptyCongress('t1'), '2030-01-01').plannedDate).toEqual({
      key: 'association.validation.congressDate',
    });
    const held = { ...emptyCongress('t1'), heldDate: '2030-01-02' };
    expect(validateCongress(held, '2030-01-01').heldDate).toEqual({
      key: 'association.validation.notFuture',
    });
    expect(validateCongress({ ...held, heldDate: '2030-01-01' }, '2030-01-01')).toEqual({});
    expect(congressInput({ ...held, decision: '  ' })).toEqual({ termId: 't1', heldDate: '2030-01-02' });
  });

  it('a leader starts within the term and ends not before the start', () => {
    const base = { ...emptyLeader('t1'), personName: 'Nguyễn Văn A', role: 'president' as const };
    expect(validateLeader({ ...base, startDate: '2027-06-30' }, [term]).startDate).toEqual({
      key: 'association.validation.startInTerm',
      values: { start: '2027-07-01', end: '2032-06-30' },
    });
    expect(
      validateLeader({ ...base, startDate: '2027-07-01', endDate: '2027-06-01' }, [term]).endDate,
    ).toEqual({ key: 'association.validation.endNotBeforeStart' });
    expect(validateLeader({ ...base, startDate: '2027-07-01' }, [term])).toEqual({});
    expect(Object.keys(validateLeader(emptyLeader(), [term])).sort()).toEqual([
      'personName',
      'role',
      'startDate',
      'termId',
    ]);
  });

  it("maps the API's field errors to the form's fields", () => {
    expect(fieldErrorsFor({ heldDate: 'không được ở tương lai' }, emptyCongress())).toEqual({
      byField: { heldDate: { message: 'không được ở tương lai' } },
      unmatched: false,
    });
    expect(fieldErrorsFor({ $: 'sai' }, emptyCongress()).unmatched).toBe(true);
  });
});
