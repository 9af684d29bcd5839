import { tk } from '@/i18n';
import { formFieldErrors, type FieldError } from '@/lib/form-errors';
import type { Coordinator, CoordinatorInput, CoordinatorKind } from './contests';

export interface CoordinatorFormValues {
  username: string;
  kind: CoordinatorKind;
  fullName: string;
  email: string;
  phone: string;
  school: string;
  district: string;
  active: boolean;
}

export type CoordinatorField = keyof CoordinatorFormValues;
export type CoordinatorFormErrors = Partial<Record<CoordinatorField, FieldError>>;

export const EMPTY_COORDINATOR: CoordinatorFormValues = {
  username: '',
  kind: 'school',
  fullName: '',
  email: '',
  phone: '',
  school: '',
  district: '',
  active: true,
};

export function fromCoordinator(c: Coordinator): CoordinatorFormValues {
  return {
    username: c.username,
    kind: c.kind,
    fullName: c.fullName,
    email: c.email ?? '',
    phone: c.phone ?? '',
    school: c.school ?? '',
    district: c.district,
    active: c.active,
  };
}

const USERNAME = /^[A-Za-z0-9._@-]+$/;
const PHONE = /^[0-9 +().-]*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A school contact needs its school and district; a district coordinator its district. */
export function validateCoordinator(v: CoordinatorFormValues): CoordinatorFormErrors {
  const errors: CoordinatorFormErrors = {};
  const required = (field: 'username' | 'fullName' | 'district' | 'school', max: number) => {
    const value = v[field].trim();
    if (!value) errors[field] = { key: tk('validation.required') };
    else if (value.length > max) errors[field] = { key: tk('validation.maxLength'), values: { max } };
  };
  required('username', 200);
  if (!errors.username && !USERNAME.test(v.username.trim()))
    errors.username = { key: tk('contests.coordinators.usernameInvalid') };
  required('fullName', 200);
  required('district', 200);
  if (v.kind === 'school') required('school', 300);
  if (v.phone.trim() && (!PHONE.test(v.phone.trim()) || v.phone.trim().length > 40))
    errors.phone = { key: tk('validation.phone') };
  if (v.email.trim() && !EMAIL.test(v.email.trim())) errors.email = { key: tk('validation.email') };
  return errors;
}

const orUndefined = (s: string) => (s.trim() === '' ? undefined : s.trim());

export function toCoordinatorInput(v: CoordinatorFormValues): CoordinatorInput {
  return {
    username: v.username.trim(),
    kind: v.kind,
    fullName: v.fullName.trim(),
    email: orUndefined(v.email),
    phone: orUndefined(v.phone),
    school: v.kind === 'school' ? orUndefined(v.school) : undefined,
    district: v.district.trim(),
    active: v.active,
  };
}

const FIELDS = new Set<string>(Object.keys(EMPTY_COORDINATOR));

export function coordinatorFieldErrors(errors: Record<string, string>) {
  return formFieldErrors<CoordinatorField>(errors, (path) =>
    FIELDS.has(path) ? (path as CoordinatorField) : undefined,
  );
}
