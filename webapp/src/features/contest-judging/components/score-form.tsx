import {
  Alert,
  Badge,
  Box,
  Button,
  Card,
  Group,
  List,
  NumberInput,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { notifySuccess } from '@/components/notify';
import { ProblemAlert } from '@/components/problem-alert';
import { ApiError } from '@/lib/api/problem';
import { useSaveScore, useSubmitScore, type BlindEntry, type RubricCriterion } from '../api/judging';
import { formatScore } from '../api/ranking-model';
import {
  initialScoreValues,
  levelFor,
  toScoreInput,
  totalPreview,
  validateScores,
  type ScoreErrors,
  type ScoreFormValues,
} from '../api/score-form-model';

/** Up to this maximum a criterion is scored with one big button per score; above, a number field. */
const BUTTONS_UP_TO = 10;

/** The API's field errors ("scores.<criterionId>") next to their criterion. */
export function scoreFieldErrors(problem: ApiError): ScoreErrors {
  const out: ScoreErrors = {};
  for (const [field, message] of Object.entries(problem.fieldErrors())) {
    const m = /^(?:scores|criterionComments)\.(.+)$/.exec(field);
    if (m) out[m[1]!] = message;
  }
  return out;
}

/**
 * The judge's score sheet, phone first: one card per criterion (big score buttons, what each level
 * means, a comment), the overall comment, then a bar that stays at the bottom with the total so far,
 * "save draft" and "submit" (asked for confirmation: a submitted sheet is locked).
 */
export function ScoreForm({
  entry,
  onFailed,
  serverErrors,
}: {
  entry: BlindEntry;
  onFailed: (error: unknown) => void;
  serverErrors?: ScoreErrors;
}) {
  const { t } = useTranslation();
  const rubric = [...entry.rubric].sort((a, b) => a.position - b.position);
  const [values, setValues] = useState<ScoreFormValues>(() => initialScoreValues(rubric, entry.score));
  const [errors, setErrors] = useState<ScoreErrors>({});
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = useSaveScore(entry.id);
  const submit = useSubmitScore(entry.id);
  const preview = totalPreview(values, rubric);
  const shownErrors = { ...serverErrors, ...errors };

  const setScore = (id: string, score: number | '') => {
    setValues((v) => ({ ...v, scores: { ...v.scores, [id]: score } }));
    setErrors((old) => {
      const rest = { ...old };
      delete rest[id];
      return rest;
    });
  };

  const saveDraft = async () => {
    const version = entry.score?.version;
    return save.mutateAsync({ version, body: toScoreInput(values, rubric) });
  };

  const onSave = async () => {
    setError(null);
    const found = validateScores(values, rubric, false);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await saveDraft();
      notifySuccess(t('contestJudging.score.saved'));
    } catch (e) {
      onFailed(e);
    }
  };

  const askSubmit = () => {
    setError(null);
    const found = validateScores(values, rubric, true);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      const first = rubric.find((c) => found[c.id]);
      if (first) document.getElementById(`criterion-${first.id}`)?.scrollIntoView({ block: 'center' });
      return;
    }
    setConfirming(true);
  };

  const onSubmit = async () => {
    try {
      // The sheet as on screen first (the draft save), then its submission with the new version.
      const sheet = await saveDraft();
      await submit.mutateAsync(sheet.version);
      setConfirming(false);
      notifySuccess(t('contestJudging.score.submitted'));
    } catch (e) {
      if (e instanceof ApiError && e.status !== 412) setError(e);
      else {
        setConfirming(false);
        onFailed(e);
      }
    }
  };

  return (
    <Stack gap="md" data-testid="score-form">
      <Title order={2} size="h3">
        {t('contestJudging.score.sheetTitle')}
      </Title>
      {rubric.map((c, i) => (
        <CriterionCard
          key={c.id}
          index={i + 1}
          count={rubric.length}
          criterion={c}
          score={values.scores[c.id] ?? ''}
          comment={values.comments[c.id] ?? ''}
          error={shownErrors[c.id]}
          onScore={(s) => setScore(c.id, s)}
          onComment={(text) => setValues((v) => ({ ...v, comments: { ...v.comments, [c.id]: text } }))}
        />
      ))}
      <Textarea
        label={t('contestJudging.score.overallComment')}
        value={values.comment}
        onChange={(e) => {
          // read now: React clears the event's currentTarget before a state updater runs
          const comment = e.currentTarget.value;
          setValues((v) => ({ ...v, comment }));
        }}
        autosize
        minRows={3}
        maxLength={5000}
        data-testid="overall-comment"
      />
      {error ? <ProblemAlert error={error} /> : null}
      <Paper
        withBorder
        shadow="sm"
        p="sm"
        pos="sticky"
        bottom={0}
        style={{ zIndex: 2 }}
        data-testid="score-bar"
      >
        <Stack gap="xs">
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm" aria-live="polite" data-testid="total-preview" data-total={preview.total}>
              {t('contestJudging.score.totalPreview', { total: formatScore(preview.total, 3) })}
            </Text>
            <Badge variant="dot" color={preview.complete ? 'teal.9' : 'gray.7'}>
              {t('contestJudging.score.scoredCount', { scored: preview.scored, count: rubric.length })}
            </Badge>
          </Group>
          <Group grow gap="xs">
            <Button
              size="md"
              variant="default"
              onClick={() => void onSave()}
              loading={save.isPending && !confirming}
              data-testid="save-draft"
            >
              {t('contestJudging.score.saveDraft')}
            </Button>
            <Button size="md" onClick={askSubmit} data-testid="submit-score">
              {t('contestJudging.score.submit')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <ConfirmDialog
        opened={confirming}
        title={t('contestJudging.score.confirmTitle')}
        body={t('contestJudging.score.confirmBody', { total: formatScore(preview.total, 3) })}
        confirmLabel={t('contestJudging.score.submit')}
        busy={save.isPending || submit.isPending}
        error={error}
        onConfirm={() => void onSubmit()}
        onClose={() => setConfirming(false)}
        testId="confirm-submit"
        confirmTestId="confirm-submit-button"
      />
    </Stack>
  );
}

function CriterionCard({
  index,
  count,
  criterion: c,
  score,
  comment,
  error,
  onScore,
  onComment,
}: {
  index: number;
  count: number;
  criterion: RubricCriterion;
  score: number | '';
  comment: string;
  error?: string;
  onScore: (score: number | '') => void;
  onComment: (text: string) => void;
}) {
  const { t } = useTranslation();
  const chosenLevel = levelFor(c, score);
  const errorText = error
    ? error.startsWith('contestJudging.')
      ? t(error, { max: c.maxScore })
      : error
    : undefined;
  const levels = [...c.levels].sort((a, b) => a.score - b.score);
  const scores = Array.from({ length: c.maxScore + 1 }, (_, s) => s);
  const heading = `${c.name}`;
  return (
    <Card withBorder padding="sm" id={`criterion-${c.id}`} data-testid="criterion" data-criterion-id={c.id}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" align="flex-start" wrap="nowrap">
          <Text size="xs" c="dimmed">
            {t('contestJudging.score.criterionOf', { index, count })}
          </Text>
          <Text size="xs" c="dimmed" ta="right">
            {t('contestJudging.score.weightMax', { weight: c.weight, max: c.maxScore })}
          </Text>
        </Group>
        {c.description && <Text size="sm">{c.description}</Text>}
        {c.maxScore <= BUTTONS_UP_TO ? (
          <Radio.Group
            label={heading}
            value={score === '' ? null : String(score)}
            onChange={(v) => onScore(v === null || v === '' ? '' : Number(v))}
            error={errorText}
            name={`score-${c.id}`}
            styles={{ label: { fontWeight: 700, fontSize: 'var(--mantine-font-size-md)' } }}
          >
            <Box
              mt="xs"
              style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(48px, 1fr))', gap: 6 }}
            >
              {scores.map((s) => (
                <Radio.Card
                  key={s}
                  value={String(s)}
                  radius="md"
                  aria-label={t('contestJudging.score.scoreOption', { score: s, max: c.maxScore })}
                  data-testid={`score-option-${s}`}
                  style={{
                    minHeight: 48,
                    display: 'flex',
                    alignItems: 'center',
                    justifyContent: 'center',
                    fontWeight: 700,
                    background: score === s ? 'var(--mantine-color-blue-8)' : undefined,
                    color: score === s ? 'var(--mantine-color-white)' : undefined,
                  }}
                >
                  {s}
                </Radio.Card>
              ))}
            </Box>
          </Radio.Group>
        ) : (
          <NumberInput
            label={heading}
            value={score}
            onChange={(v) => onScore(typeof v === 'number' ? v : v === '' ? '' : Number(v))}
            min={0}
            max={c.maxScore}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            size="lg"
            error={errorText}
            inputMode="numeric"
            description={t('contestJudging.score.range', { max: c.maxScore })}
            data-testid="score-input"
            styles={{ label: { fontWeight: 700 } }}
          />
        )}
        {chosenLevel && (
          <Alert color="blue" variant="light" p="xs" data-testid="chosen-level">
            <Text size="sm">{chosenLevel}</Text>
          </Alert>
        )}
        {levels.length > 0 && (
          <Box>
            <Text size="xs" fw={600} c="dimmed">
              {t('contestJudging.score.levels')}
            </Text>
            <List size="sm" spacing={2} data-testid="levels">
              {levels.map((l) => (
                <List.Item key={l.score} fw={l.score === score ? 700 : undefined}>
                  {t('contestJudging.score.level', { score: l.score, description: l.description })}
                </List.Item>
              ))}
            </List>
          </Box>
        )}
        <Textarea
          label={t('contestJudging.score.criterionComment')}
          value={comment}
          onChange={(e) => onComment(e.currentTarget.value)}
          autosize
          minRows={1}
          maxLength={2000}
          data-testid="criterion-comment"
        />
      </Stack>
    </Card>
  );
}

/** A submitted sheet, read only: what the judge gave and said. */
export function LockedSheet({ entry }: { entry: BlindEntry }) {
  const { t } = useTranslation();
  const sheet = entry.score;
  if (!sheet) return null;
  const rubric = [...entry.rubric].sort((a, b) => a.position - b.position);
  return (
    <Stack gap="sm" data-testid="locked-sheet">
      <Title order={2} size="h3">
        {t('contestJudging.score.sheetTitle')}
      </Title>
      {rubric.map((c) => {
        const s = sheet.scores[c.id];
        const level = typeof s === 'number' ? levelFor(c, s) : undefined;
        return (
          <Card withBorder padding="sm" key={c.id}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text fw={700}>{c.name}</Text>
              <Text fw={700} data-testid="locked-score">
                {t('contestJudging.score.outOf', { score: s ?? '—', max: c.maxScore })}
              </Text>
            </Group>
            {level && (
              <Text size="sm" c="dimmed">
                {level}
              </Text>
            )}
            {sheet.criterionComments[c.id] && <Text size="sm">{sheet.criterionComments[c.id]}</Text>}
          </Card>
        );
      })}
      {sheet.comment && (
        <Card withBorder padding="sm">
          <Text size="sm" fw={600}>
            {t('contestJudging.score.overallComment')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {sheet.comment}
          </Text>
        </Card>
      )}
    </Stack>
  );
}
