import { useState } from 'react';
import { ApiError } from '@/lib/api/problem';
import { useConflict } from './use-conflict';

/**
 * The state of a form that edits a versioned record. base is the version the form was opened with
 * (its version goes out as If-Match, so nobody's change is lost); formKey remounts the form with the
 * latest version once the conflict dialog reloaded it. failed(error, toFieldErrors) sorts out a failed
 * save: a 412 opens the conflict dialog (render conflictDialog once); otherwise the API's field errors
 * go next to their fields (serverErrors) and its problem above the form (error).
 */
export function useVersionedEdit<T, E>(initial: T, reload: () => Promise<T | undefined>) {
  const [base, setBase] = useState(initial);
  const [formKey, setFormKey] = useState(0);
  const [serverErrors, setServerErrors] = useState<E>();
  const [error, setError] = useState<unknown>(null);
  const conflict = useConflict(async () => {
    const latest = await reload();
    if (latest) {
      setBase(latest);
      setFormKey((k) => k + 1);
      setServerErrors(undefined);
      setError(null);
    }
  });

  const failed = (e: unknown, toFieldErrors: (problem: ApiError) => E | undefined) =>
    conflict.handle(e, (other) => {
      setServerErrors(other instanceof ApiError ? toFieldErrors(other) : undefined);
      setError(other);
    });

  return {
    base,
    formKey,
    serverErrors,
    error,
    /** Call before a new attempt: the last problem goes away. */
    clearError: () => setError(null),
    failed,
    conflictDialog: conflict.dialog,
  };
}
