import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { notifySuccess } from '@/components/notify';
import { QueryState } from '@/components/page-states';
import { useConflict } from '@/components/use-conflict';
import { newIdempotencyKey } from '@/lib/api/client';
import { ApiError, isApiError } from '@/lib/api/problem';
import {
  useCategories,
  useCreateCategory,
  useDeleteCategory,
  usePutRubric,
  useReplaceCategory,
} from '../api/categories';
import { type Category } from '../api/contests';
import {
  atPosition,
  categoryFieldErrors,
  fromCategory,
  newCategoryValues,
  toCategoryInput,
  type CategoryFormErrors,
} from '../api/category-form-model';
import { fromCriteria, toCriteriaInput } from '../api/rubric-form-model';
import { CategoryForm } from './category-form';
import { ContestProblem } from './contest-problem';
import { RubricEditor } from './rubric-editor';
import { RubricView } from './rubric-view';

/** An edition's categories in order: add, edit, move, delete, and each one's rubric. */
export function CategoriesPanel({ editionId }: { editionId: string }) {
  const { t } = useTranslation();
  const categories = useCategories(editionId);
  const create = useCreateCategory(editionId);
  const [adding, setAdding] = useState(false);
  const [serverErrors, setServerErrors] = useState<CategoryFormErrors>();
  const [error, setError] = useState<unknown>(null);
  if (!categories.isSuccess) return <QueryState query={categories} />;
  const list = categories.data;
  const reload = async () => (await categories.refetch()).data;

  return (
    <Stack gap="md">
      {list.length === 0 && <Text c="dimmed">{t('contests.categories.none')}</Text>}
      {list.map((c, i) => (
        <CategoryCard
          key={c.id}
          category={c}
          editionId={editionId}
          previous={list[i - 1]}
          next={list[i + 1]}
          reload={reload}
        />
      ))}
      {adding ? (
        <Card withBorder>
          <Title order={3} size="h4" mb="sm">
            {t('contests.categories.add')}
          </Title>
          {error ? <ContestProblem error={error} /> : null}
          <CategoryForm
            isNew
            initial={newCategoryValues(list)}
            submitLabel={t('contests.categories.add')}
            submitting={create.isPending}
            serverErrors={serverErrors}
            testId="new-category"
            onCancel={() => setAdding(false)}
            onSubmit={(values) => {
              setError(null);
              create.mutate(
                { body: toCategoryInput(values), idempotencyKey: newIdempotencyKey() },
                {
                  onSuccess: (created) => {
                    notifySuccess(t('contests.categories.created', { name: created.name }));
                    setAdding(false);
                  },
                  onError: (e) => {
                    setServerErrors(
                      e instanceof ApiError ? categoryFieldErrors(e.fieldErrors()).byField : undefined,
                    );
                    setError(e);
                  },
                },
              );
            }}
          />
        </Card>
      ) : (
        <Group>
          <Button variant="default" onClick={() => setAdding(true)} data-testid="add-category">
            {t('contests.categories.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function CategoryCard({
  category: c,
  editionId,
  previous,
  next,
  reload,
}: {
  category: Category;
  editionId: string;
  previous?: Category;
  next?: Category;
  reload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'view' | 'edit' | 'rubric'>('view');
  const [error, setError] = useState<unknown>(null);
  const [serverErrors, setServerErrors] = useState<CategoryFormErrors>();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [rubricLocked, setRubricLocked] = useState(false);
  const replace = useReplaceCategory(editionId);
  const remove = useDeleteCategory(editionId);
  const rubric = usePutRubric(editionId);
  const conflict = useConflict(reload);
  const frozen = c.rubricFrozen || rubricLocked;

  /** Swaps places with a neighbour: both get the other's position (positions need not be unique). */
  const swap = async (other: Category) => {
    setError(null);
    try {
      const mine =
        c.position === other.position ? other.position + (other === next ? 1 : -1) : other.position;
      await replace.mutateAsync({ id: c.id, body: atPosition(c, Math.max(1, mine)), version: c.version });
      await replace.mutateAsync({
        id: other.id,
        body: atPosition(other, c.position),
        version: other.version,
      });
    } catch (e) {
      conflict.handle(e, setError);
    }
  };

  return (
    <Card withBorder data-testid="category-card" data-category-code={c.code}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Group gap="sm">
            <Title order={3} size="h4" data-testid="category-title">
              {c.position}. {c.name}
            </Title>
            <Text size="sm" c="dimmed">
              {c.code}
            </Text>
            {frozen && (
              <Badge color="gray" style={{ textTransform: 'none' }} data-testid="rubric-locked">
                {t('contests.rubric.locked')}
              </Badge>
            )}
          </Group>
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              disabled={!previous || replace.isPending}
              onClick={() => previous && void swap(previous)}
              aria-label={t('contests.categories.moveUp', { name: c.name })}
            >
              ↑
            </Button>
            <Button
              size="xs"
              variant="default"
              disabled={!next || replace.isPending}
              onClick={() => next && void swap(next)}
              aria-label={t('contests.categories.moveDown', { name: c.name })}
            >
              ↓
            </Button>
            <Button size="xs" variant="default" onClick={() => setMode('edit')} data-testid="edit-category">
              {t('common.edit')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setMode('rubric')} data-testid="edit-rubric">
              {t('contests.rubric.edit')}
            </Button>
            <Button
              size="xs"
              variant="default"
              color="red.8"
              onClick={() => setConfirmDelete(true)}
              data-testid="delete-category"
            >
              {t('common.delete')}
            </Button>
          </Group>
        </Group>
        {error ? <ContestProblem error={error} /> : null}
        {c.description && mode !== 'edit' && (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {c.description}
          </Text>
        )}
        {mode === 'edit' && (
          <CategoryForm
            initial={fromCategory(c)}
            submitLabel={t('contests.categories.save')}
            submitting={replace.isPending}
            serverErrors={serverErrors}
            testId="edit-category-form"
            onCancel={() => setMode('view')}
            onSubmit={(values) => {
              setError(null);
              replace.mutate(
                { id: c.id, body: toCategoryInput(values), version: c.version },
                {
                  onSuccess: () => {
                    notifySuccess(t('contests.categories.saved', { name: values.name }));
                    setMode('view');
                  },
                  onError: (e) =>
                    conflict.handle(e, (other) => {
                      setServerErrors(
                        other instanceof ApiError
                          ? categoryFieldErrors(other.fieldErrors()).byField
                          : undefined,
                      );
                      setError(other);
                    }),
                },
              );
            }}
          />
        )}
        {mode === 'rubric' && frozen && (
          <Alert color="gray" title={t('contests.rubric.locked')} data-testid="rubric-locked-note">
            {t('contests.rubric.lockedBody')}
          </Alert>
        )}
        {mode === 'rubric' && !frozen ? (
          <RubricEditor
            initial={fromCriteria(c.rubric)}
            submitting={rubric.isPending}
            onCancel={() => setMode('view')}
            onSubmit={(criteria) => {
              setError(null);
              rubric.mutate(
                { id: c.id, criteria: toCriteriaInput(criteria), version: c.version },
                {
                  onSuccess: () => {
                    notifySuccess(t('contests.rubric.saved', { name: c.name }));
                    setMode('view');
                  },
                  onError: (e) =>
                    conflict.handle(e, (other) => {
                      // 409: a score exists in the category, the rubric can no longer change.
                      if (isApiError(other, 409)) setRubricLocked(true);
                      setError(other);
                    }),
                },
              );
            }}
          />
        ) : (
          <RubricView criteria={c.rubric} caption={t('contests.rubric.caption', { name: c.name })} />
        )}
      </Stack>
      <ConfirmDialog
        opened={confirmDelete}
        title={t('contests.categories.deleteTitle')}
        body={t('contests.categories.deleteBody', { name: c.name })}
        confirmLabel={t('common.delete')}
        confirmColor="red.8"
        busy={remove.isPending}
        error={remove.error}
        onClose={() => setConfirmDelete(false)}
        onConfirm={() =>
          remove.mutate(
            { id: c.id, version: c.version },
            {
              onSuccess: () => {
                notifySuccess(t('contests.categories.deleted', { name: c.name }));
                setConfirmDelete(false);
              },
            },
          )
        }
      />
      {conflict.dialog}
    </Card>
  );
}
