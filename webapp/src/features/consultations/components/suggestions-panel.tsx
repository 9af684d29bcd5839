import { Badge, Button, Card, Group, List, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '@/components/notify';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { ApiError } from '@/lib/api/problem';
import { formatDate, formatNumber } from '@/lib/format';
import {
  useAssignExpert,
  useSuggestions,
  type Consultation,
  type ExpertSuggestion,
  type SuggestionWarning,
} from '../api/consultations';
import { BREAKDOWN_KEYS, BREAKDOWN_MAX, parseWarning, todayIso } from '../api/workflow';
import { useFieldNames } from './field-names';
import { AVAILABILITY_LABEL, BREAKDOWN_LABEL } from './labels';
import { DateField } from '@/components/date-fields';

/** Eligible experts, best match first, with how each score was made; one click assigns. */
export function SuggestionsPanel({ consultation }: { consultation: Consultation }) {
  const { t } = useTranslation();
  const suggestions = useSuggestions(consultation.id, true);
  const assign = useAssignExpert(consultation.id);
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<unknown>(null);
  const fields = error instanceof ApiError ? error.fieldErrors() : {};

  const assignOne = (s: ExpertSuggestion) => {
    setError(null);
    assign.mutate(
      { expertId: s.expertId, opinionDueOn: dueOn || undefined },
      {
        onSuccess: () => notifySuccess(t('consultations.suggestions.assigned', { name: s.displayName })),
        onError: setError,
      },
    );
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('consultations.suggestions.intro')}
      </Text>
      <DateField
        label={t('consultations.suggestions.dueOn')}
        description={t('consultations.suggestions.dueOnHelp', {
          deadline: formatDate(consultation.deadline),
        })}
        min={todayIso()}
        max={consultation.deadline}
        w={{ base: '100%', sm: 320 }}
        value={dueOn}
        onChange={(e) => setDueOn(e.currentTarget.value)}
        error={fields.opinionDueOn}
        data-testid="opinion-due-on"
      />
      {error && !fields.opinionDueOn ? <ProblemAlert error={error} /> : null}
      {suggestions.isPending ? (
        <LoadingState />
      ) : suggestions.isError ? (
        <ErrorState error={suggestions.error} onRetry={() => void suggestions.refetch()} />
      ) : suggestions.data.length === 0 ? (
        <EmptyState message={t('consultations.suggestions.none')} />
      ) : (
        <Stack gap="sm" data-testid="suggestions">
          {suggestions.data.map((s) => (
            <SuggestionCard
              key={s.expertId}
              suggestion={s}
              assigning={assign.isPending && assign.variables?.expertId === s.expertId}
              disabled={assign.isPending}
              onAssign={() => assignOne(s)}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function SuggestionCard({
  suggestion: s,
  assigning,
  disabled,
  onAssign,
}: {
  suggestion: ExpertSuggestion;
  assigning: boolean;
  disabled: boolean;
  onAssign: () => void;
}) {
  const { t } = useTranslation();
  const { nameOf } = useFieldNames();
  return (
    <Card withBorder padding="sm" data-testid="suggestion" data-expert-id={s.expertId}>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={2} style={{ flex: 1, minWidth: 220 }}>
          <Text fw={700} data-testid="suggestion-name">
            {s.displayName}
          </Text>
          {s.organisation && <Text size="sm">{s.organisation}</Text>}
          <Text size="sm" c="dimmed">
            {s.fieldCodes.map(nameOf).join(', ') || '—'}
          </Text>
          <Text size="sm">
            {t(AVAILABILITY_LABEL[s.availability])} ·{' '}
            {t('consultations.suggestions.openAssignments', {
              count: s.openAssignments,
              formatted: formatNumber(s.openAssignments),
            })}
          </Text>
        </Stack>
        <Stack gap={4} align="flex-end">
          <Text fw={700} size="lg" data-testid="suggestion-score">
            {t('consultations.suggestions.score', { score: formatNumber(s.score) })}
          </Text>
          <Button size="xs" loading={assigning} disabled={disabled} onClick={onAssign} data-testid="assign">
            {t('consultations.suggestions.assign')}
          </Button>
        </Stack>
      </Group>
      <Stack gap={4} mt="xs" aria-label={t('consultations.suggestions.breakdown')}>
        {BREAKDOWN_KEYS.map((key) => {
          const points = s.breakdown[key] ?? 0;
          return (
            <Group key={key} gap="xs" wrap="nowrap">
              <Text size="xs" w={150}>
                {t(BREAKDOWN_LABEL[key])}
              </Text>
              <Progress
                value={(points / BREAKDOWN_MAX[key]) * 100}
                style={{ flex: 1, maxWidth: 220 }}
                aria-label={t(BREAKDOWN_LABEL[key])}
              />
              <Text size="xs">
                {formatNumber(points)}/{BREAKDOWN_MAX[key]}
              </Text>
            </Group>
          );
        })}
      </Stack>
      {s.warnings.length > 0 && (
        <List size="sm" mt="xs" data-testid="suggestion-warnings">
          {s.warnings.map((code) => (
            <List.Item key={code}>
              <Badge variant="outline" color="orange.9" mr={6}>
                {t('consultations.suggestions.warning')}
              </Badge>
              <WarningText code={code} busyUntil={s.busyUntil} />
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}

function WarningText({ code, busyUntil }: { code: SuggestionWarning; busyUntil?: string }) {
  const { t } = useTranslation();
  const w = parseWarning(code, busyUntil);
  if (w.kind === 'sameOrganisation') return <>{t('consultations.suggestions.sameOrganisation')}</>;
  if (w.kind === 'busy')
    return w.until ? (
      <>{t('consultations.suggestions.busyUntil', { date: formatDate(w.until) })}</>
    ) : (
      <>{t('consultations.suggestions.busy')}</>
    );
  return <>{w.code}</>;
}
