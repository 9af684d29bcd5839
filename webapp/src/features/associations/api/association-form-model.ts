import { tk } from '@/i18n';
import { formFieldErrors, type FieldError } from '@/lib/form-errors';
import type { AssociationDetail, AssociationInput, AssociationStatus } from './associations';

/** The form's values: strings as typed, converted to the API's AssociationInput on submit. */
export interface AssociationFormValues {
  name: string;
  abbreviation: string;
  field: string;
  foundingDecision: string;
  foundedOn: string;
  status: AssociationStatus;
  memberCount: string;
  description: string;
  internalNotes: string;
  'contact.address': string;
  'contact.email': string;
  'contact.phone': string;
  'contact.website': string;
}

export type FieldName = keyof AssociationFormValues;
export type FormErrors = Partial<Record<FieldName, FieldError>>;

export const EMPTY_VALUES: AssociationFormValues = {
  name: '',
  abbreviation: '',
  field: '',
  foundingDecision: '',
  foundedOn: '',
  status: 'active',
  memberCount: '0',
  description: '',
  internalNotes: '',
  'contact.address': '',
  'contact.email': '',
  'contact.phone': '',
  'contact.website': '',
};

/** The same limits as the API's AssociationInput (openapi.yaml). */
export const LIMITS = {
  name: 300,
  abbreviation: 50,
  field: 200,
  foundingDecision: 300,
  description: 5000,
  internalNotes: 5000,
  'contact.address': 500,
  'contact.email': 254,
  'contact.website': 490,
  memberCountMax: 10_000_000,
} as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9 +().-]{6,50}$/;
const WEBSITE = /^https?:\/\/[^\s]{1,490}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function fromDetail(d: AssociationDetail): AssociationFormValues {
  return {
    name: d.name,
    abbreviation: d.abbreviation ?? '',
    field: d.field,
    foundingDecision: d.foundingDecision ?? '',
    foundedOn: d.foundedOn ?? '',
    status: d.status,
    memberCount: String(d.memberCount),
    description: d.description ?? '',
    internalNotes: d.internalNotes ?? '',
    'contact.address': d.contact?.address ?? '',
    'contact.email': d.contact?.email ?? '',
    'contact.phone': d.contact?.phone ?? '',
    'contact.website': d.contact?.website ?? '',
  };
}

/** Client-side validation mirroring the API. */
export function validateAssociation(v: AssociationFormValues): FormErrors {
  const errors: FormErrors = {};
  const tooLong = (field: keyof typeof LIMITS & FieldName) => {
    if (v[field].trim().length > LIMITS[field])
      errors[field] = { key: tk('validation.maxLength'), values: { max: LIMITS[field] } };
  };
  if (!v.name.trim()) errors.name = { key: tk('validation.required') };
  if (!v.field.trim()) errors.field = { key: tk('validation.required') };
  tooLong('name');
  tooLong('abbreviation');
  tooLong('field');
  tooLong('foundingDecision');
  tooLong('description');
  tooLong('internalNotes');
  tooLong('contact.address');
  tooLong('contact.email');
  const count = v.memberCount.trim();
  if (count === '') errors.memberCount = { key: tk('validation.required') };
  else if (!/^\d+$/.test(count) || Number(count) > LIMITS.memberCountMax)
    errors.memberCount = { key: tk('validation.memberCount'), values: { max: LIMITS.memberCountMax } };
  if (v.foundedOn && !DATE.test(v.foundedOn)) errors.foundedOn = { key: tk('validation.date') };
  const email = v['contact.email'].trim();
  if (email && !errors['contact.email'] && !EMAIL.test(email))
    errors['contact.email'] = { key: tk('validation.email') };
  const phone = v['contact.phone'].trim();
  if (phone && !PHONE.test(phone)) errors['contact.phone'] = { key: tk('validation.phone') };
  const website = v['contact.website'].trim();
  if (website && !WEBSITE.test(website)) errors['contact.website'] = { key: tk('validation.website') };
  return errors;
}

const orUndefined = (s: string) => (s.trim() === '' ? undefined : s.trim());

/** The request body. Status is sent only by those who may change it (absent means unchanged). */
export function toInput(v: AssociationFormValues, options: { includeStatus: boolean }): AssociationInput {
  const contact = {
    address: orUndefined(v['contact.address']),
    email: orUndefined(v['contact.email']),
    phone: orUndefined(v['contact.phone']),
    website: orUndefined(v['contact.website']),
  };
  const hasContact = Object.values(contact).some((x) => x !== undefined);
  return {
    name: v.name.trim(),
    abbreviation: orUndefined(v.abbreviation),
    field: v.field.trim(),
    foundingDecision: orUndefined(v.foundingDecision),
    foundedOn: orUndefined(v.foundedOn),
    status: options.includeStatus ? v.status : undefined,
    memberCount: Number(v.memberCount.trim()),
    description: orUndefined(v.description),
    internalNotes: orUndefined(v.internalNotes),
    contact: hasContact ? contact : undefined,
  };
}

/** Maps the API's problem.errors[].field to a form field ("contact.email" stays as is). */
export function serverFieldErrors(errors: Record<string, string>): { byField: FormErrors; other: string[] } {
  return formFieldErrors(errors, (path) => (path in EMPTY_VALUES ? (path as FieldName) : undefined));
}
