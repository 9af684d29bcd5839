import {
  Button,
  Card,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '@/components/notify';
import { ProblemAlert } from '@/components/problem-alert';
import { useConflict } from '@/components/use-conflict';
import { ApiError } from '@/lib/api/problem';
import { useUpdateTask, type ProgramTask, type ProgramTaskInput, type TaskStatus } from '../api/programs';
import { AssociationSelect } from './association-select';
import { taskStatusOptions } from './labels';
import { DateField } from '@/components/date-fields';

/** One coordinating body being edited; key only tells the rows apart. */
interface CoordinatorRow {
  key: number;
  name: string;
  associationId?: string;
}

let lastRowKey = 0;
const newKey = () => ++lastRowKey;

interface TaskValues {
  shortTitle: string;
  leadUnit: string;
  leadAssociationId?: string;
  coordinators: CoordinatorRow[];
  plannedStart: string;
  plannedEnd: string;
  status: string;
}

export function TaskEditForm({
  initial,
  reload,
  onDone,
}: {
  initial: ProgramTask;
  reload: () => Promise<ProgramTask | undefined>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  // The version the form was opened with: saving sends it as If-Match.
  const [base, setBase] = useState(initial);
  const [values, setValues] = useState(() => valuesOf(initial));
  const [error, setError] = useState<unknown>(null);
  const conflict = useConflict(async () => {
    const latest = await reload();
    if (latest) {
      setBase(latest);
      setValues(valuesOf(latest));
      setError(null);
    }
  });
  const update = useUpdateTask(initial.id);
  const fields = error instanceof ApiError ? error.fieldErrors() : {};
  const set = (k: 'shortTitle' | 'leadUnit' | 'plannedStart' | 'plannedEnd' | 'status') => (v: string) =>
    setValues((old) => ({ ...old, [k]: v }));
  const setRow = (key: number, change: Partial<CoordinatorRow>) =>
    setValues((old) => ({
      ...old,
      coordinators: old.coordinators.map((r) => (r.key === key ? { ...r, ...change } : r)),
    }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    update.mutate(
      { version: base.version, body: toInput(values) },
      {
        onSuccess: () => {
          notifySuccess(t('programs.task.saved'));
          onDone();
        },
        onError: (err) => conflict.handle(err, setError),
      },
    );
  };

  return (
    <Card withBorder component="section" aria-labelledby="edit-title">
      <Title order={2} size="h3" mb="sm" id="edit-title">
        {t('programs.task.edit')}
      </Title>
      <form onSubmit={submit} noValidate data-testid="task-edit-form">
        <Stack gap="sm">
          {error ? <ProblemAlert error={error} /> : null}
          <TextInput
            label={t('programs.field.shortTitle')}
            value={values.shortTitle}
            maxLength={200}
            onChange={(e) => set('shortTitle')(e.currentTarget.value)}
            error={fields.shortTitle}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('programs.field.leadUnit')}
              value={values.leadUnit}
              maxLength={300}
              onChange={(e) => set('leadUnit')(e.currentTarget.value)}
              error={fields.leadUnit}
            />
            <AssociationSelect
              label={t('programs.task.leadAssociation')}
              value={values.leadAssociationId}
              selectedName={values.leadUnit}
              onChange={(id, name) =>
                setValues((old) => ({
                  ...old,
                  leadAssociationId: id,
                  leadUnit: id && name ? name : old.leadUnit,
                }))
              }
              error={fields.leadAssociationId}
              data-testid="lead-association"
            />
          </SimpleGrid>
          <Fieldset legend={t('programs.field.coordinators')} variant="unstyled">
            <Stack gap="xs" data-testid="coordinator-rows">
              {values.coordinators.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('programs.task.noCoordinators')}
                </Text>
              )}
              {values.coordinators.map((row, i) => (
                <Group key={row.key} align="flex-end" wrap="nowrap" data-testid="coordinator-row">
                  <TextInput
                    style={{ flex: 1 }}
                    label={t('programs.task.coordinatorName', { n: i + 1 })}
                    value={row.name}
                    maxLength={300}
                    onChange={(e) => setRow(row.key, { name: e.currentTarget.value })}
                    error={fields[`coordinators[${i}].name`]}
                  />
                  <div style={{ flex: 1 }}>
                    <AssociationSelect
                      label={t('programs.task.coordinatorAssociation', { n: i + 1 })}
                      value={row.associationId}
                      selectedName={row.name}
                      onChange={(id, name) =>
                        setRow(
                          row.key,
                          id && name ? { associationId: id, name } : { associationId: undefined },
                        )
                      }
                      error={fields[`coordinators[${i}].associationId`]}
                    />
                  </div>
                  <Button
                    variant="subtle"
                    color="red"
                    onClick={() =>
                      setValues((old) => ({
                        ...old,
                        coordinators: old.coordinators.filter((r) => r.key !== row.key),
                      }))
                    }
                    aria-label={t('programs.task.removeCoordinator', { n: i + 1 })}
                  >
                    {t('programs.task.remove')}
                  </Button>
                </Group>
              ))}
              {fields.coordinators ? (
                <Text size="sm" c="red">
                  {fields.coordinators}
                </Text>
              ) : null}
              <Group>
                <Button
                  variant="default"
                  size="xs"
                  disabled={values.coordinators.length >= 50}
                  onClick={() =>
                    setValues((old) => ({
                      ...old,
                      coordinators: [...old.coordinators, { key: newKey(), name: '' }],
                    }))
                  }
                  data-testid="add-coordinator"
                >
                  {t('programs.task.addCoordinator')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateField
              label={t('programs.field.plannedStart')}
              required
              value={values.plannedStart}
              onChange={(e) => set('plannedStart')(e.currentTarget.value)}
              error={fields.plannedStart}
            />
            <DateField
              label={t('programs.field.plannedEnd')}
              required
              value={values.plannedEnd}
              onChange={(e) => set('plannedEnd')(e.currentTarget.value)}
              error={fields.plannedEnd}
            />
            <Select
              label={t('programs.field.status')}
              allowDeselect={false}
              value={values.status}
              onChange={(v) => v && set('status')(v)}
              data={taskStatusOptions(t)}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending} data-testid="save-task">
              {t('programs.task.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      {conflict.dialog}
    </Card>
  );
}

function valuesOf(task: ProgramTask): TaskValues {
  return {
    shortTitle: task.shortTitle ?? '',
    leadUnit: task.leadUnit ?? '',
    leadAssociationId: task.leadAssociationId,
    coordinators: task.coordinators.map((c) => ({
      key: newKey(),
      name: c.name,
      associationId: c.associationId,
    })),
    plannedStart: task.plannedStart,
    plannedEnd: task.plannedEnd,
    status: task.status as string,
  };
}

/** The request body: blank coordinator rows are dropped; a linked row keeps its association id. */
function toInput(values: TaskValues): ProgramTaskInput {
  return {
    shortTitle: values.shortTitle.trim() || undefined,
    leadUnit: values.leadUnit.trim() || undefined,
    leadAssociationId: values.leadAssociationId,
    coordinators: values.coordinators
      .map((r) => ({ name: r.name.trim(), associationId: r.associationId }))
      .filter((c) => c.name !== ''),
    plannedStart: values.plannedStart,
    plannedEnd: values.plannedEnd,
    status: values.status as TaskStatus,
  };
}
