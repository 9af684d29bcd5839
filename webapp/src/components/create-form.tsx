import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { newIdempotencyKey } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import { ProblemAlert } from './problem-alert';

/** What the form inside a CreateRecordForm is given: the save wiring. */
export interface CreateFormBinding<V, E> {
  submitting: boolean;
  serverErrors: E | undefined;
  onSubmit: (values: V) => void;
}

/**
 * The creation of a record, as every create page does it: the problem above the form, the POST sent with
 * a fresh Idempotency-Key per submission, the API's field errors next to their fields, onCreated (notify,
 * go to the new record) on success.
 */
export function CreateRecordForm<V, B, E, R>({
  mutation,
  toBody,
  fieldErrors,
  onCreated,
  renderProblem = (error) => <ProblemAlert error={error} />,
  children,
}: {
  mutation: UseMutationResult<R, Error, { body: B; idempotencyKey: string }>;
  toBody: (values: V) => B;
  fieldErrors: (problem: ApiError, values: V) => E | undefined;
  onCreated: (created: R) => void;
  renderProblem?: (error: unknown) => ReactNode;
  children: (form: CreateFormBinding<V, E>) => ReactNode;
}) {
  const [serverErrors, setServerErrors] = useState<E>();
  const [error, setError] = useState<unknown>(null);
  const onSubmit = (values: V) => {
    setError(null);
    mutation.mutate(
      { body: toBody(values), idempotencyKey: newIdempotencyKey() },
      {
        onSuccess: onCreated,
        onError: (e) => {
          setServerErrors(e instanceof ApiError ? fieldErrors(e, values) : undefined);
          setError(e);
        },
      },
    );
  };
  return (
    <>
      {error ? renderProblem(error) : null}
      {children({ submitting: mutation.isPending, serverErrors, onSubmit })}
    </>
  );
}
