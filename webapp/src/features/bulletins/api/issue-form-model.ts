import { tk } from '@/i18n';
import { formFieldErrors, type FieldError } from '@/lib/form-errors';
import type { Issue, IssueInput } from './bulletins';

/** The issue form's values: strings as typed, converted to the API's BulletinIssueInput on submit. */
export interface IssueFormValues {
  volume: string;
  number: string;
  /** "YYYY-MM" */
  month: string;
  title: string;
  summary: string;
}

export type IssueFieldName = keyof IssueFormValues;
export type IssueFormErrors = Partial<Record<IssueFieldName, FieldError>>;

/** The same limits as the API's BulletinIssueInput. */
export const ISSUE_LIMITS = { volume: 1000, number: 10_000, title: 300, summary: 5000 } as const;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const INTEGER = /^\d+$/;
const FIELDS: IssueFieldName[] = ['volume', 'number', 'month', 'title', 'summary'];

/**
 * A new issue: the month after the latest one (or this month), the number after its number in the same
 * volume (the bulletin is numbered per volume, a volume a year: January starts the next one).
 */
export function newIssueValues(
  latest: { volume: number; number: number; month: string } | undefined,
  today: Date,
) {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (!latest || !MONTH.test(latest.month)) {
    return {
      volume: '',
      number: '',
      month: `${today.getFullYear()}-${pad(today.getMonth() + 1)}`,
      title: '',
      summary: '',
    };
  }
  const [y, m] = latest.month.split('-').map(Number) as [number, number];
  const nextYear = m === 12 ? y + 1 : y;
  const nextMonth = m === 12 ? 1 : m + 1;
  const newVolume = nextMonth === 1;
  return {
    volume: String(newVolume ? latest.volume + 1 : latest.volume),
    number: String(newVolume ? 1 : latest.number + 1),
    month: `${nextYear}-${pad(nextMonth)}`,
    title: '',
    summary: '',
  };
}

export function fromIssue(i: Issue): IssueFormValues {
  return {
    volume: String(i.volume),
    number: String(i.number),
    month: i.month,
    title: i.title,
    summary: i.summary ?? '',
  };
}

function wholeNumber(value: string, max: number): boolean {
  if (!INTEGER.test(value.trim())) return false;
  const n = Number(value.trim());
  return n >= 1 && n <= max;
}

/** Client-side validation mirroring the API. */
export function validateIssue(v: IssueFormValues): IssueFormErrors {
  const errors: IssueFormErrors = {};
  if (!v.volume.trim()) errors.volume = { key: tk('validation.required') };
  else if (!wholeNumber(v.volume, ISSUE_LIMITS.volume))
    errors.volume = { key: tk('bulletins.form.wholeNumber'), values: { max: ISSUE_LIMITS.volume } };
  if (!v.number.trim()) errors.number = { key: tk('validation.required') };
  else if (!wholeNumber(v.number, ISSUE_LIMITS.number))
    errors.number = { key: tk('bulletins.form.wholeNumber'), values: { max: ISSUE_LIMITS.number } };
  if (!v.month.trim()) errors.month = { key: tk('validation.required') };
  else if (!MONTH.test(v.month.trim())) errors.month = { key: tk('bulletins.form.month') };
  if (!v.title.trim()) errors.title = { key: tk('validation.required') };
  else if (v.title.trim().length > ISSUE_LIMITS.title)
    errors.title = { key: tk('validation.maxLength'), values: { max: ISSUE_LIMITS.title } };
  if (v.summary.trim().length > ISSUE_LIMITS.summary)
    errors.summary = { key: tk('validation.maxLength'), values: { max: ISSUE_LIMITS.summary } };
  return errors;
}

export function toIssueInput(v: IssueFormValues): IssueInput {
  return {
    volume: Number(v.volume.trim()),
    number: Number(v.number.trim()),
    month: v.month.trim(),
    title: v.title.trim(),
    summary: v.summary.trim() || undefined,
  };
}

/** Maps the API's problem.errors[].field to the form's fields. */
export function issueServerErrors(errors: Record<string, string>) {
  return formFieldErrors<IssueFieldName>(errors, (path) =>
    FIELDS.includes(path as IssueFieldName) ? (path as IssueFieldName) : undefined,
  );
}
