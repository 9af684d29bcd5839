import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { notifySuccess } from '@/components/notify';
import {
  useChangeAssignment,
  useDeclareRelation,
  useEntryOptions,
  useJudgeAssignments,
  useWithdrawRelation,
  type Category,
  type Judge,
  type JudgeConflict,
} from '../api/judging';
import { ScoreStatusBadge } from './labels';

/** Picks an entry of the edition (searched by title or code on the server). */
function EntrySelect({
  editionId,
  label,
  value,
  onChange,
  testId,
}: {
  editionId: string;
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [opened, setOpened] = useState(false);
  const [q] = useDebouncedValue(search, 250);
  const found = useEntryOptions(editionId, q, opened);
  return (
    <Select
      label={label}
      placeholder={t('contestJudging.assign.entryPlaceholder')}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('common.clear') }}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpened(true)}
      filter={({ options }) => options}
      nothingFoundMessage={found.isFetching ? t('common.loading') : t('contestJudging.assign.noEntry')}
      data={(found.data ?? []).map((e) => ({ value: e.id, label: `${e.code} · ${e.title}` }))}
      value={value}
      onChange={onChange}
      data-testid={testId}
      style={{ flex: 1, minWidth: 220 }}
    />
  );
}

function conflictText(t: (k: string, o?: Record<string, unknown>) => string, c: JudgeConflict): string {
  return c.reason === 'school'
    ? t('contestJudging.assign.conflictSchool', { detail: c.detail })
    : t('contestJudging.assign.conflictRelation', { detail: c.detail });
}

/**
 * What one judge scores: whole categories (the conflicting entries are left out and listed with
 * their reason), entries one by one (a conflict is refused by the API, its reason shown), and the
 * relations the judge declared.
 */
export function JudgeAssignments({
  editionId,
  judge,
  categories,
}: {
  editionId: string;
  judge: Judge;
  categories: Category[];
}) {
  const { t } = useTranslation();
  const assignments = useJudgeAssignments(judge.id);
  const change = useChangeAssignment(editionId, judge.id);
  const declare = useDeclareRelation(editionId, judge.id);
  const withdraw = useWithdrawRelation(editionId, judge.id);
  const [entryId, setEntryId] = useState<string | null>(null);
  const [relationEntry, setRelationEntry] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [relationError, setRelationError] = useState<string>();
  const categoryName = (id: string) => categories.find((c) => c.id === id)?.name ?? id;

  if (!assignments.isSuccess) return <QueryState query={assignments} />;
  const a = assignments.data;
  const assignedCategories = new Set(a.categories.map((c) => c.id));

  return (
    <Stack gap="md" data-testid="judge-assignments" data-judge-id={judge.id}>
      <Stack gap={4}>
        <Title order={4}>{t('contestJudging.assign.categories')}</Title>
        {categories.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('contestJudging.assign.noCategories')}
          </Text>
        ) : (
          <Group gap="md">
            {categories.map((c) => (
              <Checkbox
                key={c.id}
                label={c.name}
                checked={assignedCategories.has(c.id)}
                disabled={change.isPending}
                onChange={(e) =>
                  change.mutate({ kind: 'category', id: c.id, assign: e.currentTarget.checked })
                }
                data-testid="assign-category"
                data-category-id={c.id}
              />
            ))}
          </Group>
        )}
      </Stack>

      <Stack gap={4}>
        <Title order={4}>{t('contestJudging.assign.entries')}</Title>
        <Group align="flex-end" gap="xs">
          <EntrySelect
            editionId={editionId}
            label={t('contestJudging.assign.entry')}
            value={entryId}
            onChange={setEntryId}
            testId="assign-entry-select"
          />
          <Button
            disabled={!entryId}
            loading={change.isPending && change.variables?.kind === 'entry'}
            onClick={() =>
              entryId &&
              change.mutate(
                { kind: 'entry', id: entryId, assign: true },
                { onSuccess: () => setEntryId(null) },
              )
            }
            data-testid="assign-entry"
          >
            {t('contestJudging.assign.assignEntry')}
          </Button>
        </Group>
        {change.error ? (
          <div data-testid="assign-blocked">
            <ProblemAlert error={change.error} title={t('contestJudging.assign.blocked')} />
          </div>
        ) : null}
      </Stack>

      <Stack gap={4}>
        <Title order={4}>{t('contestJudging.assign.effective', { count: a.entries.length })}</Title>
        {a.entries.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('contestJudging.assign.noEffective')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={520}>
            <Table striped data-testid="effective-entries">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('contestJudging.col.entry')}</Table.Th>
                  <Table.Th>{t('contestJudging.col.category')}</Table.Th>
                  <Table.Th>{t('contestJudging.col.via')}</Table.Th>
                  <Table.Th>{t('contestJudging.col.sheet')}</Table.Th>
                  <Table.Th>
                    <Text span size="sm" fw={700}>
                      {t('contestJudging.col.actions')}
                    </Text>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {a.entries.map((e) => (
                  <Table.Tr key={e.entryId}>
                    <Table.Td>
                      {e.code} · {e.title}
                    </Table.Td>
                    <Table.Td>{e.categoryName}</Table.Td>
                    <Table.Td>
                      {e.via === 'category'
                        ? t('contestJudging.assign.viaCategory')
                        : t('contestJudging.assign.viaEntry')}
                    </Table.Td>
                    <Table.Td>
                      <ScoreStatusBadge status={e.scoreStatus} />
                    </Table.Td>
                    <Table.Td>
                      {e.via === 'entry' && (
                        <Button
                          size="compact-sm"
                          variant="default"
                          onClick={() => change.mutate({ kind: 'entry', id: e.entryId, assign: false })}
                        >
                          {t('contestJudging.assign.unassign')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>

      {a.excluded.length > 0 && (
        <Alert
          color="orange"
          title={t('contestJudging.assign.excluded', { count: a.excluded.length })}
          data-testid="excluded"
        >
          <Stack gap={2}>
            {a.excluded.map((c) => (
              <Text size="sm" key={c.entryId}>
                <Text span fw={600} size="sm">
                  {t('contestJudging.assign.excludedEntry', { number: c.number, title: c.title })}
                </Text>{' '}
                ({categoryName(c.categoryId)}) — {conflictText(t, c)}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}

      <Stack gap={4}>
        <Title order={4}>{t('contestJudging.relations.title')}</Title>
        {judge.relations.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('contestJudging.relations.none')}
          </Text>
        ) : (
          judge.relations.map((r) => (
            <Group key={r.id} gap="xs" justify="space-between" wrap="nowrap" data-testid="relation">
              <Text size="sm">
                <Badge variant="dot" color="orange.9" mr={6}>
                  {r.entryNumber}
                </Badge>
                {r.entryTitle} — {r.note}
              </Text>
              <Button
                size="compact-sm"
                variant="default"
                loading={withdraw.isPending && withdraw.variables === r.id}
                onClick={() => withdraw.mutate(r.id)}
              >
                {t('contestJudging.relations.withdraw')}
              </Button>
            </Group>
          ))
        )}
        <Text size="xs" c="dimmed">
          {t('contestJudging.relations.help')}
        </Text>
        <Group align="flex-end" gap="xs">
          <EntrySelect
            editionId={editionId}
            label={t('contestJudging.relations.entry')}
            value={relationEntry}
            onChange={setRelationEntry}
            testId="relation-entry-select"
          />
          <TextInput
            label={t('contestJudging.relations.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            maxLength={1000}
            error={relationError}
            style={{ flex: 1, minWidth: 200 }}
          />
          <Button
            variant="default"
            disabled={!relationEntry}
            loading={declare.isPending}
            onClick={() => {
              if (!relationEntry) return;
              if (note.trim() === '') {
                setRelationError(t('contestJudging.relations.noteRequired'));
                return;
              }
              setRelationError(undefined);
              declare.mutate(
                { entryId: relationEntry, note: note.trim() },
                {
                  onSuccess: () => {
                    setRelationEntry(null);
                    setNote('');
                    notifySuccess(t('contestJudging.relations.declared'));
                  },
                },
              );
            }}
          >
            {t('contestJudging.relations.declare')}
          </Button>
        </Group>
        {declare.error ? <ProblemAlert error={declare.error} /> : null}
        {withdraw.error ? <ProblemAlert error={withdraw.error} /> : null}
      </Stack>
    </Stack>
  );
}
