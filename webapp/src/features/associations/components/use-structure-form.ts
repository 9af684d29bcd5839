import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import type { Errors, StructureFieldError } from '../api/structure-form-model';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The state of a small form (term, congress, leader): values as typed, client errors on submit, and the
 * API's field errors until the field is changed (the same behaviour as the association form).
 */
export function useStructureForm<V extends { [K in keyof V]: string }>(options: {
  initial: V;
  serverErrors?: Errors<V>;
  validate: (values: V) => Errors<V>;
  onSubmit: (values: V) => void;
}) {
  type Field = keyof V & string;
  const { t } = useTranslation();
  const [values, setValues] = useState(options.initial);
  const [clientErrors, setClientErrors] = useState<Errors<V>>({});
  const [touched, setTouched] = useState<Set<Field>>(new Set());
  const [serverSeen, setServerSeen] = useState(options.serverErrors);
  if (serverSeen !== options.serverErrors) {
    setServerSeen(options.serverErrors);
    setTouched(new Set());
  }

  const message = (e: StructureFieldError | undefined): string | undefined => {
    if (e === undefined) return undefined;
    if ('message' in e) return e.message;
    const values = Object.fromEntries(
      Object.entries(e.values ?? {}).map(([k, v]) => [
        k,
        typeof v === 'string' && ISO_DATE.test(v) ? formatDate(v) : v,
      ]),
    );
    return t(e.key, values);
  };
  const errorOf = (field: Field): string | undefined =>
    message(clientErrors[field]) ?? (touched.has(field) ? undefined : message(options.serverErrors?.[field]));

  const set = (field: Field, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setClientErrors((e) => ({ ...e, [field]: undefined }));
    setTouched((s) => new Set(s).add(field));
  };

  /** Props for a Mantine text input bound to a field. */
  const input = (field: Field, label: string, extra: { required?: boolean; maxLength?: number } = {}) => ({
    name: field,
    label,
    value: values[field],
    error: errorOf(field),
    withAsterisk: extra.required,
    'aria-required': extra.required || undefined,
    maxLength: extra.maxLength,
    onChange: (event: { currentTarget: { value: string } }) => set(field, event.currentTarget.value),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = options.validate(values);
    setClientErrors(found);
    const first = Object.keys(found)[0];
    if (first !== undefined) {
      event.currentTarget
        .querySelector<HTMLElement>(`[name="${first}"]:not([type="hidden"]), [data-name="${first}"]`)
        ?.focus();
      return;
    }
    options.onSubmit(values);
  };

  const hasErrors = Object.values(clientErrors).some(Boolean);
  return { values, set, errorOf, input, submit, hasErrors };
}
