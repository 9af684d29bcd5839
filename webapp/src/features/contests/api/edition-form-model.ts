import { tk } from '@/i18n';
import { formFieldErrors, type FieldError } from '@/lib/form-errors';
import type { Edition, EditionInput } from './contests';

/** The phase dates in the order the API requires (each on or after the one before). */
export const DATE_FIELDS = [
  'registrationOpens',
  'registrationCloses',
  'submissionCloses',
  'judgingOpens',
  'judgingCloses',
  'resultsDate',
] as const;
export type DateField = (typeof DATE_FIELDS)[number];

const NUMBER_FIELDS = [
  'year',
  'minAge',
  'maxAge',
  'minGrade',
  'maxGrade',
  'maxEntriesPerSchool',
  'maxAuthorsPerEntry',
  'quotaFirst',
  'quotaSecond',
  'quotaThird',
  'quotaConsolation',
] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];

/** The edition form's values: strings as typed, converted to the API's ContestEditionInput on submit. */
export type EditionFormValues = {
  name: string;
  description: string;
  /** One co-organiser per item, in the order printed on the rules. */
  coOrganisers: string[];
} & Record<DateField, string> &
  Record<NumberField, string>;

export type EditionField = keyof EditionFormValues | 'coOrganisers';
export type EditionFormErrors = Partial<Record<EditionField, FieldError>>;

/** The same limits as the API's ContestEditionInput. */
export const EDITION_LIMITS = {
  name: 300,
  description: 10_000,
  coOrganiser: 300,
  coOrganisers: 20,
} as const;

const RANGES: Record<NumberField, { min: number; max: number; optional?: boolean }> = {
  year: { min: 2000, max: 2200 },
  minAge: { min: 3, max: 40 },
  maxAge: { min: 3, max: 40 },
  minGrade: { min: 1, max: 12, optional: true },
  maxGrade: { min: 1, max: 12, optional: true },
  maxEntriesPerSchool: { min: 1, max: 1000 },
  maxAuthorsPerEntry: { min: 1, max: 20 },
  quotaFirst: { min: 0, max: 100 },
  quotaSecond: { min: 0, max: 100 },
  quotaThird: { min: 0, max: 100 },
  quotaConsolation: { min: 0, max: 100 },
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day "YYYY-MM-DD". */
export function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function integer(value: string): number | undefined {
  return /^\s*\d+\s*$/.test(value) ? Number(value) : undefined;
}

/** A new edition for a year: the usual calendar of the contest (registration in spring, results in August). */
export function newEditionValues(year: number): EditionFormValues {
  return {
    year: String(year),
    name: '',
    description: '',
    coOrganisers: ['Sở Khoa học và Công nghệ', 'Sở Giáo dục và Đào tạo', 'Tỉnh đoàn Nghệ An'],
    registrationOpens: `${year}-03-01`,
    registrationCloses: `${year}-05-31`,
    submissionCloses: `${year}-06-30`,
    judgingOpens: `${year}-07-10`,
    judgingCloses: `${year}-07-31`,
    resultsDate: `${year}-08-15`,
    minAge: '8',
    maxAge: '18',
    minGrade: '3',
    maxGrade: '12',
    maxEntriesPerSchool: '3',
    maxAuthorsPerEntry: '2',
    quotaFirst: '1',
    quotaSecond: '2',
    quotaThird: '3',
    quotaConsolation: '4',
  };
}

export function fromEdition(e: Edition): EditionFormValues {
  const optional = (n: number | undefined) => (n === undefined ? '' : String(n));
  return {
    year: String(e.year),
    name: e.name,
    description: e.description ?? '',
    coOrganisers: [...e.coOrganisers],
    registrationOpens: e.registrationOpens,
    registrationCloses: e.registrationCloses,
    submissionCloses: e.submissionCloses,
    judgingOpens: e.judgingOpens,
    judgingCloses: e.judgingCloses,
    resultsDate: e.resultsDate,
    minAge: String(e.minAge),
    maxAge: String(e.maxAge),
    minGrade: optional(e.minGrade),
    maxGrade: optional(e.maxGrade),
    maxEntriesPerSchool: String(e.maxEntriesPerSchool),
    maxAuthorsPerEntry: String(e.maxAuthorsPerEntry),
    quotaFirst: String(e.awardQuota.first),
    quotaSecond: String(e.awardQuota.second),
    quotaThird: String(e.awardQuota.third),
    quotaConsolation: String(e.awardQuota.consolation),
  };
}

/**
 * Client-side validation mirroring the API: required fields, number ranges, and the phase dates in
 * order (a date before the one above it is marked, naming that date).
 */
export function validateEdition(v: EditionFormValues): EditionFormErrors {
  const errors: EditionFormErrors = {};
  if (!v.name.trim()) errors.name = { key: tk('validation.required') };
  else if (v.name.trim().length > EDITION_LIMITS.name)
    errors.name = { key: tk('validation.maxLength'), values: { max: EDITION_LIMITS.name } };
  if (v.description.trim().length > EDITION_LIMITS.description)
    errors.description = { key: tk('validation.maxLength'), values: { max: EDITION_LIMITS.description } };
  const organisers = v.coOrganisers.map((o) => o.trim()).filter(Boolean);
  if (organisers.length > EDITION_LIMITS.coOrganisers)
    errors.coOrganisers = {
      key: tk('contests.validation.tooMany'),
      values: { max: EDITION_LIMITS.coOrganisers },
    };
  else if (organisers.some((o) => o.length > EDITION_LIMITS.coOrganiser))
    errors.coOrganisers = { key: tk('validation.maxLength'), values: { max: EDITION_LIMITS.coOrganiser } };

  let previous: string | undefined;
  for (const field of DATE_FIELDS) {
    const value = v[field].trim();
    if (!value) errors[field] = { key: tk('validation.required') };
    else if (!isDate(value)) errors[field] = { key: tk('validation.date') };
    else {
      if (previous !== undefined && value < previous)
        errors[field] = { key: tk('contests.validation.dateOrder'), values: { date: previous } };
      previous = value;
    }
  }

  for (const field of NUMBER_FIELDS) {
    const range = RANGES[field];
    const raw = v[field].trim();
    if (raw === '' && range.optional) continue;
    const n = integer(raw);
    if (n === undefined || n < range.min || n > range.max)
      errors[field] = { key: tk('contests.validation.integer'), values: { min: range.min, max: range.max } };
  }
  const pair = (low: NumberField, high: NumberField) => {
    const a = integer(v[low]);
    const b = integer(v[high]);
    if (!errors[low] && !errors[high] && a !== undefined && b !== undefined && a > b)
      errors[high] = { key: tk('contests.validation.notBelow'), values: { min: a } };
  };
  pair('minAge', 'maxAge');
  pair('minGrade', 'maxGrade');
  if (!errors.minGrade && !errors.maxGrade && (v.minGrade.trim() === '') !== (v.maxGrade.trim() === '')) {
    const missing = v.minGrade.trim() === '' ? 'minGrade' : 'maxGrade';
    errors[missing] = { key: tk('contests.validation.gradeBoth') };
  }
  return errors;
}

const orUndefined = (s: string) => (s.trim() === '' ? undefined : s.trim());
const num = (s: string) => Number(s.trim());

export function toEditionInput(v: EditionFormValues): EditionInput {
  return {
    year: num(v.year),
    name: v.name.trim(),
    description: orUndefined(v.description),
    coOrganisers: v.coOrganisers.map((o) => o.trim()).filter(Boolean),
    registrationOpens: v.registrationOpens.trim(),
    registrationCloses: v.registrationCloses.trim(),
    submissionCloses: v.submissionCloses.trim(),
    judgingOpens: v.judgingOpens.trim(),
    judgingCloses: v.judgingCloses.trim(),
    resultsDate: v.resultsDate.trim(),
    minAge: num(v.minAge),
    maxAge: num(v.maxAge),
    minGrade: v.minGrade.trim() === '' ? undefined : num(v.minGrade),
    maxGrade: v.maxGrade.trim() === '' ? undefined : num(v.maxGrade),
    maxEntriesPerSchool: num(v.maxEntriesPerSchool),
    maxAuthorsPerEntry: num(v.maxAuthorsPerEntry),
    awardQuota: {
      first: num(v.quotaFirst),
      second: num(v.quotaSecond),
      third: num(v.quotaThird),
      consolation: num(v.quotaConsolation),
    },
  };
}

const API_FIELD: Record<string, EditionField> = {
  'awardQuota.first': 'quotaFirst',
  'awardQuota.second': 'quotaSecond',
  'awardQuota.third': 'quotaThird',
  'awardQuota.consolation': 'quotaConsolation',
};
const FIELDS = new Set<string>(Object.keys(newEditionValues(2026)));

/** Sorts the API's problem.errors[].field by form field (coOrganisers[2] → coOrganisers). */
export function editionFieldErrors(errors: Record<string, string>) {
  return formFieldErrors<EditionField>(errors, (path) => {
    if (API_FIELD[path]) return API_FIELD[path];
    const root = path.replace(/[[.].*$/, '');
    return FIELDS.has(root) ? (root as EditionField) : undefined;
  });
}
