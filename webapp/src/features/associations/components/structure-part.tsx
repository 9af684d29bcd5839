import { Button, Group, Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { notifySuccess } from '@/components/notify';
import { EmptyState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { useConflict } from '@/components/use-conflict';
import { ApiError, isApiError } from '@/lib/api/problem';
import type { AssociationDetail } from '../api/associations';
import type { DeleteVars, SaveVars } from '../api/structure';
import { fieldErrorsFor, type Errors } from '../api/structure-form-model';

interface Versioned {
  id: string;
  version: number;
}

export interface PartFormProps<V> {
  initial: V;
  submitLabel: string;
  submitting: boolean;
  serverErrors?: Errors<V>;
  onSubmit: (values: V) => void;
  onCancel: () => void;
}

export interface StructurePartProps<T extends Versioned, V, B> {
  /** "term", "congress", "leader": the prefix of the test ids. */
  kind: string;
  items: readonly T[];
  canEdit: boolean;
  emptyMessage: string;
  columns: readonly string[];
  minWidth: number;
  cells: (item: T) => ReactNode[];
  /** How the item is named in the delete confirmation and the row buttons' labels. */
  itemName: (item: T) => string;
  labels: { add: string; addTitle: string; editTitle: string; saved: string; deleted: string };
  /** Why nothing can be added yet (e.g. no term recorded); hides the add button. */
  addBlocked?: string;
  newValues: () => V;
  toValues: (item: T) => V;
  toBody: (values: V) => B;
  renderForm: (props: PartFormProps<V>) => ReactNode;
  save: UseMutationResult<unknown, Error, SaveVars<B>>;
  remove: UseMutationResult<unknown, Error, DeleteVars>;
  /** Refetches the association (after a 412) and finds this item's latest version in it. */
  reload: () => Promise<AssociationDetail | undefined>;
  pick: (detail: AssociationDetail, id: string) => T | undefined;
}

/**
 * One part of an association's structure (terms, congresses, leaders): its table and, for those who may
 * edit, add/edit forms in a modal, a delete confirmation and the "changed by someone else" dialog.
 */
export function StructurePart<T extends Versioned, V extends object, B>(props: StructurePartProps<T, V, B>) {
  const { t } = useTranslation();
  const { save, remove } = props;
  // null: no form; { item: undefined }: adding; { item }: editing the version the form was opened with.
  const [target, setTarget] = useState<{ item?: T } | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [serverErrors, setServerErrors] = useState<Errors<V>>();
  const [error, setError] = useState<unknown>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  // After a 412: the latest version of the item being edited or deleted (gone: the form or dialog closes).
  const conflict = useConflict(async () => {
    const latest = await props.reload();
    if (!latest) return;
    if (target?.item) {
      const item = props.pick(latest, target.item.id);
      if (item) {
        setTarget({ item });
        setFormKey((k) => k + 1);
        setServerErrors(undefined);
        setError(null);
      } else setTarget(null);
    }
    if (deleting) {
      const item = props.pick(latest, deleting.id);
      remove.reset();
      setDeleting(item ?? null);
    }
  });

  const openForm = (item?: T) => {
    save.reset();
    setServerErrors(undefined);
    setError(null);
    setFormKey((k) => k + 1);
    setTarget({ item });
  };
  const openDelete = (item: T) => {
    remove.reset();
    setError(null);
    setDeleting(item);
  };

  const onSubmit = (values: V) => {
    setError(null);
    const item = target?.item;
    save.mutate(
      { id: item?.id, version: item?.version, body: props.toBody(values) },
      {
        onSuccess: () => {
          setTarget(null);
          notifySuccess(props.labels.saved);
        },
        onError: (e) =>
          conflict.handle(e, (other) => {
            if (other instanceof ApiError) {
              const { byField, unmatched } = fieldErrorsFor(other.fieldErrors(), props.newValues());
              setServerErrors(byField);
              if (unmatched || Object.keys(byField).length === 0) setError(other);
            } else {
              setError(other);
            }
          }),
      },
    );
  };

  const confirmDelete = () => {
    if (!deleting) return;
    remove.mutate(
      { id: deleting.id, version: deleting.version },
      {
        onSuccess: () => {
          setDeleting(null);
          notifySuccess(props.labels.deleted);
        },
        // A 412 opens the conflict dialog; other refusals are shown in the delete dialog.
        onError: (e) => conflict.handle(e),
      },
    );
  };

  const showAdd = props.canEdit && !props.addBlocked;
  const editing = target?.item;

  return (
    <Stack gap="sm">
      {props.items.length === 0 ? (
        <EmptyState message={props.emptyMessage} />
      ) : (
        <Table.ScrollContainer minWidth={props.minWidth}>
          <Table data-testid={`${props.kind}-table`}>
            <Table.Thead>
              <Table.Tr>
                {props.columns.map((c) => (
                  <Table.Th scope="col" key={c}>
                    {c}
                  </Table.Th>
                ))}
                {props.canEdit && (
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('association.structure.actions')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.items.map((item) => (
                <Table.Tr key={item.id} data-testid={`${props.kind}-row`}>
                  {props.cells(item).map((cell, i) => (
                    <Table.Td key={props.columns[i]}>{cell}</Table.Td>
                  ))}
                  {props.canEdit && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap" justify="flex-end">
                        <Button
                          size="compact-sm"
                          variant="default"
                          aria-label={`${t('common.edit')}: ${props.itemName(item)}`}
                          onClick={() => openForm(item)}
                          data-testid={`${props.kind}-edit`}
                        >
                          {t('common.edit')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="outline"
                          color="red.8"
                          aria-label={`${t('common.delete')}: ${props.itemName(item)}`}
                          onClick={() => openDelete(item)}
                          data-testid={`${props.kind}-delete`}
                        >
                          {t('common.delete')}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {props.canEdit && props.addBlocked && (
        <Text size="sm" c="dimmed">
          {props.addBlocked}
        </Text>
      )}
      {showAdd && (
        <Group>
          <Button variant="default" onClick={() => openForm()} data-testid={`${props.kind}-add`}>
            {props.labels.add}
          </Button>
        </Group>
      )}

      <Modal
        opened={target !== null}
        onClose={() => setTarget(null)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={editing ? props.labels.editTitle : props.labels.addTitle}
        size="lg"
        centered
        data-testid={`${props.kind}-dialog`}
      >
        <Stack gap="sm">
          {error ? <ProblemAlert error={error} /> : null}
          {target !== null && (
            <div key={formKey}>
              {props.renderForm({
                initial: editing ? props.toValues(editing) : props.newValues(),
                submitLabel: t('association.structure.save'),
                submitting: save.isPending,
                serverErrors,
                onSubmit,
                onCancel: () => setTarget(null),
              })}
            </div>
          )}
        </Stack>
      </Modal>

      <ConfirmDialog
        opened={deleting !== null}
        title={t('association.structure.deleteTitle')}
        body={t('association.structure.deleteBody', { name: deleting ? props.itemName(deleting) : '' })}
        confirmLabel={t('common.delete')}
        confirmColor="red.8"
        error={isApiError(remove.error, 412) ? null : remove.error}
        busy={remove.isPending}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(null)}
        testId={`${props.kind}-delete-dialog`}
        confirmTestId={`${props.kind}-confirm-delete`}
      />

      {conflict.dialog}
    </Stack>
  );
}
