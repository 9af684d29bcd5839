import { useState, type FormEvent } from 'react';

/**
 * The state each form keeps: its values, the client-side errors of the last submit, and the fields changed
 * since then (their server error no longer applies). Submitting validates; the first field at fault gets the
 * focus (found by its name attribute in the submitted form), otherwise the values are handed on.
 */
export function useClientForm<V extends object, E>(
  initial: V,
  validate: (values: V) => Partial<Record<keyof V, E>>,
  onSubmit: (values: V) => void,
) {
  const [values, setValues] = useState(initial);
  const [clientErrors, setClientErrors] = useState<Partial<Record<keyof V, E>>>({});
  const [touched, setTouched] = useState<Partial<Record<keyof V, boolean>>>({});

  /** Sets a field; a tracked one counts as changed and loses its client error. */
  const set = <K extends keyof V>(k: K, value: V[K], track = true) => {
    setValues((old) => ({ ...old, [k]: value }));
    if (track) {
      setTouched((old) => ({ ...old, [k]: true }));
      setClientErrors((old) => (old[k] ? { ...old, [k]: undefined } : old));
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = validate(values);
    setClientErrors(found);
    setTouched({});
    const first = Object.keys(found)[0];
    if (first) {
      // within the submitted form: another form on the page may have a field of the same name
      const form = e.currentTarget instanceof HTMLElement ? e.currentTarget : document;
      form
        .querySelector<HTMLElement>(`[name="${first}"]:not([type="hidden"]), [data-name="${first}"]`)
        ?.focus();
      return;
    }
    onSubmit(values);
  };

  return { values, set, clientErrors, touched, submit };
}
