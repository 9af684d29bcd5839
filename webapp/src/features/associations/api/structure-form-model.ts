import { tk } from '@/i18n';
import { todayInProvince } from '@/lib/format';
import type { LeaderRole } from './associations';
import type { Congress, CongressInput, Leader, LeaderInput, Term, TermInput } from './structure';

/** A field error: an i18n key with values (client validation) or a message already localized by the API. */
export type StructureFieldError =
  { key: string; values?: Record<string, string | number> } | { message: string };
export type Errors<V> = Partial<Record<keyof V & string, StructureFieldError>>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const orUndefined = (s: string) => (s.trim() === '' ? undefined : s.trim());

function requiredDate<V>(errors: Errors<V>, field: keyof V & string, value: string): boolean {
  if (!value.trim()) errors[field] = { key: tk('validation.required') };
  else if (!DATE.test(value.trim())) errors[field] = { key: tk('validation.date') };
  else return true;
  return false;
}

function optionalDate<V>(errors: Errors<V>, field: keyof V & string, value: string): boolean {
  if (!value.trim()) return false;
  if (DATE.test(value.trim())) return true;
  errors[field] = { key: tk('validation.date') };
  return false;
}

function maxLength<V>(errors: Errors<V>, field: keyof V & string, value: string, max: number) {
  if (value.trim().length > max) errors[field] = { key: tk('validation.maxLength'), values: { max } };
}

// ---- terms ----------------------------------------------------------------------------

export interface TermValues {
  number: string;
  startDate: string;
  endDate: string;
}

export const EMPTY_TERM: TermValues = { number: '', startDate: '', endDate: '' };

export function termValues(t: Term): TermValues {
  return { number: String(t.number), startDate: t.startDate, endDate: t.endDate };
}

/** Mirrors the API's TermInput: number 1–1000, both dates, the end after the start. */
export function validateTerm(v: TermValues): Errors<TermValues> {
  const errors: Errors<TermValues> = {};
  const n = v.number.trim();
  if (n === '') errors.number = { key: tk('validation.required') };
  else if (!/^\d+$/.test(n) || Number(n) < 1 || Number(n) > 1000)
    errors.number = { key: tk('association.validation.termNumber') };
  const start = requiredDate(errors, 'startDate', v.startDate);
  const end = requiredDate(errors, 'endDate', v.endDate);
  if (start && end && v.endDate.trim() <= v.startDate.trim())
    errors.endDate = { key: tk('association.validation.endAfterStart') };
  return errors;
}

export function termInput(v: TermValues): TermInput {
  return { number: Number(v.number.trim()), startDate: v.startDate.trim(), endDate: v.endDate.trim() };
}

// ---- congresses -----------------------------------------------------------------------

export interface CongressValues {
  termId: string;
  plannedDate: string;
  heldDate: string;
  decision: string;
  outcome: string;
}

export const CONGRESS_LIMITS = { decision: 300, outcome: 5000 } as const;

export function emptyCongress(termId = ''): CongressValues {
  return { termId, plannedDate: '', heldDate: '', decision: '', outcome: '' };
}

export function congressValues(c: Congress): CongressValues {
  return {
    termId: c.termId,
    plannedDate: c.plannedDate ?? '',
    heldDate: c.heldDate ?? '',
    decision: c.decision ?? '',
    outcome: c.outcome ?? '',
  };
}

/** Mirrors the API's CongressInput: a term, at least one date, a held date not in the future. */
export function validateCongress(v: CongressValues, now = todayInProvince()): Errors<CongressValues> {
  const errors: Errors<CongressValues> = {};
  if (!v.termId) errors.termId = { key: tk('validation.required') };
  optionalDate(errors, 'plannedDate', v.plannedDate);
  const held = optionalDate(errors, 'heldDate', v.heldDate);
  if (held && v.heldDate.trim() > now) errors.heldDate = { key: tk('association.validation.notFuture') };
  if (!v.plannedDate.trim() && !v.heldDate.trim())
    errors.plannedDate = { key: tk('association.validation.congressDate') };
  maxLength(errors, 'decision', v.decision, CONGRESS_LIMITS.decision);
  maxLength(errors, 'outcome', v.outcome, CONGRESS_LIMITS.outcome);
  return errors;
}

export function congressInput(v: CongressValues): CongressInput {
  return {
    termId: v.termId,
    plannedDate: orUndefined(v.plannedDate),
    heldDate: orUndefined(v.heldDate),
    decision: orUndefined(v.decision),
    outcome: orUndefined(v.outcome),
  };
}

// ---- leaders --------------------------------------------------------------------------

export interface LeaderValues {
  termId: string;
  personName: string;
  honorific: string;
  role: LeaderRole | '';
  startDate: string;
  endDate: string;
}

export const LEADER_LIMITS = { personName: 200, honorific: 100 } as const;

export function emptyLeader(termId = ''): LeaderValues {
  return { termId, personName: '', honorific: '', role: '', startDate: '', endDate: '' };
}

export function leaderValues(l: Leader): LeaderValues {
  return {
    termId: l.termId,
    personName: l.personName,
    honorific: l.honorific ?? '',
    role: l.role,
    startDate: l.startDate,
    endDate: l.endDate ?? '',
  };
}

/** Mirrors the API's LeaderInput: a name, a role, a start date within the term, an end not before it. */
export function validateLeader(v: LeaderValues, terms: readonly Term[]): Errors<LeaderValues> {
  const errors: Errors<LeaderValues> = {};
  if (!v.termId) errors.termId = { key: tk('validation.required') };
  if (!v.personName.trim()) errors.personName = { key: tk('validation.required') };
  maxLength(errors, 'personName', v.personName, LEADER_LIMITS.personName);
  maxLength(errors, 'honorific', v.honorific, LEADER_LIMITS.honorific);
  if (!v.role) errors.role = { key: tk('validation.required') };
  const start = requiredDate(errors, 'startDate', v.startDate);
  const end = optionalDate(errors, 'endDate', v.endDate);
  const term = terms.find((x) => x.id === v.termId);
  if (start && term && (v.startDate.trim() < term.startDate || v.startDate.trim() > term.endDate))
    errors.startDate = {
      key: tk('association.validation.startInTerm'),
      values: { start: term.startDate, end: term.endDate },
    };
  if (start && end && v.endDate.trim() < v.startDate.trim())
    errors.endDate = { key: tk('association.validation.endNotBeforeStart') };
  return errors;
}

export function leaderInput(v: LeaderValues): LeaderInput {
  return {
    termId: v.termId,
    personName: v.personName.trim(),
    honorific: orUndefined(v.honorific),
    role: v.role as LeaderRole,
    startDate: v.startDate.trim(),
    endDate: orUndefined(v.endDate),
  };
}

/** Splits the API's problem.errors[].field into this form's fields; the rest stays with the problem alert. */
export function fieldErrorsFor<V extends object>(
  errors: Record<string, string>,
  empty: V,
): { byField: Errors<V>; unmatched: boolean } {
  const byField: Errors<V> = {};
  let unmatched = false;
  for (const [field, message] of Object.entries(errors)) {
    if (field in empty) byField[field as keyof V & string] = { message };
    else unmatched = true;
  }
  return { byField, unmatched };
}
