import { tk } from '@/i18n';
import { formFieldErrors, type FieldError } from '@/lib/form-errors';
import type {
  BatchInput,
  DeliveryMethod,
  DistributionRecord,
  RecordInput,
  RecordUpdate,
} from './distribution';
import { parseCopies, RECIPIENT_LIMITS } from './recipient-form-model';

/**
 * A sending being recorded or corrected: one recipient (a new record), a whole list (a batch) or an
 * existing record. copies '' means the recipient's own (a new record only).
 */
export interface SendingValues {
  recipientId: string;
  listId: string;
  copies: number | string;
  sentOn: string;
  method: DeliveryMethod;
  note: string;
}

export type SendingField = keyof SendingValues;
export type SendingErrors = Partial<Record<SendingField, FieldError>>;
export type SendingMode = 'record' | 'batch' | 'correct';

export const NOTE_MAX = 2000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function newSending(today: string): SendingValues {
  return { recipientId: '', listId: '', copies: '', sentOn: today, method: 'post', note: '' };
}

export function fromRecord(r: DistributionRecord): SendingValues {
  return {
    recipientId: r.recipientId,
    listId: r.listId ?? '',
    copies: r.copies,
    sentOn: r.sentOn,
    method: r.method,
    note: r.note ?? '',
  };
}

function isRealDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Mirrors the API: a recipient or a list to send to, whole copies 1–1000, a date not in the province's future. */
export function validateSending(v: SendingValues, mode: SendingMode, today: string): SendingErrors {
  const errors: SendingErrors = {};
  if (mode === 'record' && !v.recipientId)
    errors.recipientId = { key: tk('distribution.validation.recipient') };
  if (mode === 'batch' && !v.listId) errors.listId = { key: tk('distribution.validation.list') };
  const copiesBlank = typeof v.copies === 'string' && v.copies.trim() === '';
  if (mode !== 'batch' && !(copiesBlank && mode === 'record') && parseCopies(v.copies) === undefined)
    errors.copies = {
      key: tk('distribution.validation.copies'),
      values: { min: RECIPIENT_LIMITS.copiesMin, max: RECIPIENT_LIMITS.copiesMax },
    };
  const sentOn = v.sentOn.trim();
  if (!sentOn) errors.sentOn = { key: tk('validation.required') };
  else if (!isRealDate(sentOn)) errors.sentOn = { key: tk('validation.date') };
  else if (sentOn > today) errors.sentOn = { key: tk('distribution.validation.sentOnFuture') };
  if (v.note.trim().length > NOTE_MAX)
    errors.note = { key: tk('validation.maxLength'), values: { max: NOTE_MAX } };
  return errors;
}

const orUndefined = (s: string) => (s.trim() === '' ? undefined : s.trim());

export function toRecordInput(v: SendingValues): RecordInput {
  return {
    recipientId: v.recipientId,
    copies: parseCopies(v.copies),
    sentOn: v.sentOn.trim(),
    method: v.method,
    note: orUndefined(v.note),
  };
}

export function toBatchInput(v: SendingValues): BatchInput {
  return { listId: v.listId, sentOn: v.sentOn.trim(), method: v.method, note: orUndefined(v.note) };
}

export function toRecordUpdate(v: SendingValues): RecordUpdate {
  return {
    copies: parseCopies(v.copies) ?? 1,
    sentOn: v.sentOn.trim(),
    method: v.method,
    note: orUndefined(v.note),
  };
}

const FIELDS = new Set<string>(['recipientId', 'listId', 'copies', 'sentOn', 'method', 'note']);

export function sendingFieldErrors(errors: Record<string, string>) {
  return formFieldErrors<SendingField>(errors, (path) =>
    FIELDS.has(path) ? (path as SendingField) : undefined,
  );
}
