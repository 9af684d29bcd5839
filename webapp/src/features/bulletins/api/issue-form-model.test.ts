import { describe, expect, it } from 'vitest';
import { issueServerErrors, newIssueValues, toIssueInput, validateIssue } from './issue-form-model';

const valid = {
  volume: '7',
  number: '11',
  month: '2026-11',
  title: 'Tập san Khoa học và Ứng dụng số 11/2026',
  summary: '  ',
};

describe('the issue form', () => {
  it('suggests the month and number after the latest issue; January starts a new volume', () => {
    const today = new Date(2026, 4, 10);
    expect(newIssueValues({ volume: 7, number: 10, month: '2026-10' }, today)).toMatchObject({
      volume: '7',
      number: '11',
      month: '2026-11',
    });
    expect(newIssueValues({ volume: 7, number: 12, month: '2026-12' }, today)).toMatchObject({
      volume: '8',
      number: '1',
      month: '2027-01',
    });
    expect(newIssueValues(undefined, today)).toMatchObject({ volume: '', number: '', month: '2026-05' });
  });

  it('checks what the API checks', () => {
    expect(validateIssue(valid)).toEqual({});
    const errors = validateIssue({ volume: '0', number: 'x', month: '2026-13', title: ' ', summary: '' });
    expect(Object.keys(errors).sort()).toEqual(['month', 'number', 'title', 'volume']);
    expect(errors.volume).toEqual({ key: 'bulletins.form.wholeNumber', values: { max: 1000 } });
    expect(validateIssue({ ...valid, volume: '' }).volume).toEqual({ key: 'validation.required' });
    expect(validateIssue({ ...valid, title: 'x'.repeat(301) }).title).toEqual({
      key: 'validation.maxLength',
      values: { max: 300 },
    });
  });

  it('sends numbers and leaves out an empty summary', () => {
    expect(toIssueInput(valid)).toEqual({
      volume: 7,
      number: 11,
      month: '2026-11',
      title: 'Tập san Khoa học và Ứng dụng số 11/2026',
      summary: undefined,
    });
  });

  it('puts the API’s field errors next to their fields', () => {
    expect(issueServerErrors({ month: 'trùng tháng', other: 'x' })).toEqual({
      byField: { month: { message: 'trùng tháng' } },
      other: ['other: x'],
    });
  });
});
