import { tk } from '@/i18n';
import { formFieldErrors, type FieldError } from '@/lib/form-errors';
import { LOCAL_KINDS, type Recipient, type RecipientInput, type RecipientKind } from './distribution';

/** The form's values: strings as typed, converted to the API's DistributionRecipientInput on submit. */
export interface RecipientFormValues {
  kind: RecipientKind;
  name: string;
  district: string;
  address: string;
  contactPerson: string;
  phone: string;
  /** Copies per issue, as typed (a number or ''). */
  copies: number | string;
  active: boolean;
  note: string;
}

export type RecipientField = keyof RecipientFormValues;
export type RecipientFormErrors = Partial<Record<RecipientField, FieldError>>;

export const EMPTY_RECIPIENT: RecipientFormValues = {
  kind: 'commune',
  name: '',
  district: '',
  address: '',
  contactPerson: '',
  phone: '',
  copies: 1,
  active: true,
  note: '',
};

/** The same limits as the API's DistributionRecipientInput (openapi.yaml). */
export const RECIPIENT_LIMITS = {
  name: 300,
  district: 200,
  address: 500,
  contactPerson: 200,
  note: 2000,
  copiesMin: 1,
  copiesMax: 1000,
} as const;

const PHONE = /^[0-9 +().-]{6,50}$/;

export function needsDistrict(kind: RecipientKind): boolean {
  return LOCAL_KINDS.includes(kind);
}

/** Whole copies from 1 to 1000 (a form's number or text); undefined otherwise. */
export function parseCopies(value: number | string): number | undefined {
  const n = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= RECIPIENT_LIMITS.copiesMin && n <= RECIPIENT_LIMITS.copiesMax
    ? n
    : undefined;
}

export function fromRecipient(r: Recipient): RecipientFormValues {
  return {
    kind: r.kind,
    name: r.name,
    district: r.district ?? '',
    address: r.address,
    contactPerson: r.contactPerson ?? '',
    phone: r.phone ?? '',
    copies: r.copies,
    active: r.active,
    note: r.note ?? '',
  };
}

/** Client-side validation mirroring the API: communes, wards and towns need their district. */
export function validateRecipient(v: RecipientFormValues): RecipientFormErrors {
  const errors: RecipientFormErrors = {};
  const required = (field: 'name' | 'address' | 'district') => {
    if (!v[field].trim()) errors[field] = { key: tk('validation.required') };
  };
  const tooLong = (field: 'name' | 'district' | 'address' | 'contactPerson' | 'note') => {
    if (!errors[field] && v[field].trim().length > RECIPIENT_LIMITS[field])
      errors[field] = { key: tk('validation.maxLength'), values: { max: RECIPIENT_LIMITS[field] } };
  };
  required('name');
  required('address');
  if (needsDistrict(v.kind)) required('district');
  tooLong('name');
  tooLong('district');
  tooLong('address');
  tooLong('contactPerson');
  tooLong('note');
  const phone = v.phone.trim();
  if (phone && !PHONE.test(phone)) errors.phone = { key: tk('validation.phone') };
  if (parseCopies(v.copies) === undefined)
    errors.copies = {
      key: tk('distribution.validation.copies'),
      values: { min: RECIPIENT_LIMITS.copiesMin, max: RECIPIENT_LIMITS.copiesMax },
    };
  return errors;
}

const orUndefined = (s: string) => (s.trim() === '' ? undefined : s.trim());

export function toRecipientInput(v: RecipientFormValues): RecipientInput {
  return {
    kind: v.kind,
    name: v.name.trim(),
    district: orUndefined(v.district),
    address: v.address.trim(),
    contactPerson: orUndefined(v.contactPerson),
    phone: orUndefined(v.phone),
    copies: parseCopies(v.copies) ?? 1,
    active: v.active,
    note: orUndefined(v.note),
  };
}

/** The same recipient, only (in)active: what the deactivate and reactivate buttons send. */
export function withActive(r: Recipient, active: boolean): RecipientInput {
  return { ...toRecipientInput(fromRecipient(r)), active };
}

const FIELDS = new Set<string>(Object.keys(EMPTY_RECIPIENT));

/** Sorts the API's problem.errors[].field by form field (the names are the same). */
export function recipientFieldErrors(errors: Record<string, string>) {
  return formFieldErrors<RecipientField>(errors, (path) =>
    FIELDS.has(path) ? (path as RecipientField) : undefined,
  );
}
