import { Stack } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { Fragment, type ReactNode } from 'react';
import type { ApiError } from '@/lib/api/problem';
import { notifySuccess } from './notify';
import { ProblemAlert } from './problem-alert';
import { useVersionedEdit } from './use-versioned-edit';

/** What the form inside a VersionedEditForm is given: the version it edits and the save wiring. */
export interface VersionedFormBinding<T, V, E> {
  base: T;
  submitting: boolean;
  serverErrors: E | undefined;
  onCancel?: () => void;
  onSubmit: (values: V) => void;
}

/**
 * The edit of a versioned record, as every editor page does it: the problem above the form, a note,
 * the form (remounted with the latest version after the conflict dialog reloaded it), the save sent with
 * If-Match, a notification and onDone on success, field errors next to their fields, a 412 as the
 * conflict dialog.
 */
export function VersionedEditForm<T extends { version: number }, V, B, E, R>({
  record,
  reload,
  mutation,
  toBody,
  fieldErrors,
  saved,
  onDone,
  onCancel = onDone,
  version,
  note,
  renderProblem = (error) => <ProblemAlert error={error} />,
  children,
}: {
  record: T;
  reload: () => Promise<T | undefined>;
  mutation: UseMutationResult<R, Error, { body: B; version: number }>;
  toBody: (values: V, base: T) => B;
  fieldErrors: (problem: ApiError) => E | undefined;
  /** The success notification. */
  saved: (result: R) => string;
  onDone?: () => void;
  /** The form's Cancel; default: onDone. */
  onCancel?: () => void;
  /** The version to send when it is not the form's base (a page that holds a fresher one). */
  version?: number;
  note?: (base: T) => ReactNode;
  renderProblem?: (error: unknown) => ReactNode;
  children: (form: VersionedFormBinding<T, V, E>) => ReactNode;
}) {
  const edit = useVersionedEdit<T, E>(record, reload);
  const onSubmit = (values: V) => {
    edit.clearError();
    mutation.mutate(
      { body: toBody(values, edit.base), version: version ?? edit.base.version },
      {
        onSuccess: (result) => {
          notifySuccess(saved(result));
          onDone?.();
        },
        onError: (e) => edit.failed(e, fieldErrors),
      },
    );
  };
  return (
    <Stack gap="sm">
      {edit.error ? renderProblem(edit.error) : null}
      {note?.(edit.base)}
      <Fragment key={edit.formKey}>
        {children({
          base: edit.base,
          submitting: mutation.isPending,
          serverErrors: edit.serverErrors,
          onCancel,
          onSubmit,
        })}
      </Fragment>
      {edit.conflictDialog}
    </Stack>
  );
}
