import { tk } from '@/i18n';
import { formFieldErrors, type FieldError } from '@/lib/form-errors';
import type { Consultation, ConsultationInput, ConsultationKind } from './consultations';

/** The form's values: strings as typed, converted to the API's ConsultationInput on submit. */
export interface ConsultationFormValues {
  kind: ConsultationKind;
  subject: string;
  description: string;
  requestingBody: string;
  requestReference: string;
  requestDate: string;
  deadline: string;
  fieldCodes: string[];
}

export type FieldName = keyof ConsultationFormValues;
export type FormErrors = Partial<Record<FieldName, FieldError>>;

/** The same limits as the API's ConsultationInput (openapi.yaml). */
export const LIMITS = {
  subject: 500,
  description: 10_000,
  requestingBody: 300,
  requestReference: 100,
  fieldCodes: 10,
} as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function emptyValues(today: string): ConsultationFormValues {
  return {
    kind: 'critique',
    subject: '',
    description: '',
    requestingBody: '',
    requestReference: '',
    requestDate: today,
    deadline: '',
    fieldCodes: [],
  };
}

export function fromConsultation(c: Consultation): ConsultationFormValues {
  return {
    kind: c.kind,
    subject: c.subject,
    description: c.description ?? '',
    requestingBody: c.requestingBody,
    requestReference: c.requestReference ?? '',
    requestDate: c.requestDate,
    deadline: c.deadline,
    fieldCodes: [...c.fieldCodes],
  };
}

/** Client-side validation mirroring the API. */
export function validateConsultation(v: ConsultationFormValues): FormErrors {
  const errors: FormErrors = {};
  const required = (field: 'subject' | 'requestingBody' | 'requestDate' | 'deadline') => {
    if (!v[field].trim()) errors[field] = { key: tk('validation.required') };
  };
  const tooLong = (field: 'subject' | 'description' | 'requestingBody' | 'requestReference') => {
    if (v[field].trim().length > LIMITS[field])
      errors[field] = { key: tk('validation.maxLength'), values: { max: LIMITS[field] } };
  };
  required('subject');
  required('requestingBody');
  tooLong('subject');
  tooLong('description');
  tooLong('requestingBody');
  tooLong('requestReference');
  required('requestDate');
  required('deadline');
  if (v.requestDate && !DATE.test(v.requestDate)) errors.requestDate = { key: tk('validation.date') };
  if (v.deadline && !DATE.test(v.deadline)) errors.deadline = { key: tk('validation.date') };
  if (!errors.requestDate && !errors.deadline && v.deadline < v.requestDate)
    errors.deadline = { key: tk('consultations.form.deadlineBeforeRequest') };
  if (v.fieldCodes.length > LIMITS.fieldCodes)
    errors.fieldCodes = { key: tk('consultations.form.tooManyFields'), values: { max: LIMITS.fieldCodes } };
  return errors;
}

const orUndefined = (s: string) => (s.trim() === '' ? undefined : s.trim());

export function toInput(v: ConsultationFormValues): ConsultationInput {
  return {
    kind: v.kind,
    subject: v.subject.trim(),
    description: orUndefined(v.description),
    requestingBody: v.requestingBody.trim(),
    requestReference: orUndefined(v.requestReference),
    requestDate: v.requestDate,
    deadline: v.deadline,
    fieldCodes: v.fieldCodes,
  };
}

const FIELD_NAMES: FieldName[] = [
  'kind',
  'subject',
  'description',
  'requestingBody',
  'requestReference',
  'requestDate',
  'deadline',
  'fieldCodes',
];

/** Maps the API's problem.errors[].field to a form field ("fieldCodes[2]" → fieldCodes). */
export function serverFieldErrors(errors: Record<string, string>): { byField: FormErrors; other: string[] } {
  return formFieldErrors(errors, (path) => {
    const name = path.replace(/\[\d+\]$/, '') as FieldName;
    return FIELD_NAMES.includes(name) ? name : undefined;
  });
}
