import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/form-actions';
import { useFieldErrorText } from '@/lib/form-errors';
import { formatNumber } from '@/lib/format';
import {
  EMPTY_CRITERION,
  move,
  validateRubric,
  weightShares,
  type CriterionValues,
  type RubricErrors,
} from '../api/rubric-form-model';

/**
 * The criteria of a category's rubric: name, description, weight (relative; each one's share of the
 * total is shown), maximum score and what the scores mean. Saves the whole rubric at once.
 */
export function RubricEditor(props: {
  initial: CriterionValues[];
  submitting: boolean;
  onSubmit: (criteria: CriterionValues[]) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const message = useFieldErrorText();
  const [criteria, setCriteria] = useState<CriterionValues[]>(
    props.initial.length > 0 ? props.initial : [{ ...EMPTY_CRITERION }],
  );
  const [errors, setErrors] = useState<RubricErrors>({});
  const shares = weightShares(criteria);
  const update = (i: number, patch: Partial<CriterionValues>) => {
    setCriteria((old) => old.map((c, j) => (j === i ? { ...c, ...patch } : c)));
    setErrors({});
  };
  const errorOf = (path: string) => message(errors[path]);

  return (
    <form
      noValidate
      aria-label={t('contests.rubric.save')}
      data-testid="rubric-form"
      onSubmit={(e) => {
        e.preventDefault();
        const found = validateRubric(criteria);
        setErrors(found);
        if (Object.keys(found).length === 0) props.onSubmit(criteria);
      }}
    >
      <Stack gap="sm">
        {Object.keys(errors).length > 0 && (
          <Alert color="red" role="alert" data-testid="rubric-invalid">
            {errorOf('criteria') ?? t('form.fixErrors')}
          </Alert>
        )}
        {criteria.map((c, i) => (
          <Fieldset
            key={i}
            legend={t('contests.rubric.criterionN', { n: i + 1 })}
            data-testid="criterion-editor"
          >
            <Stack gap="xs">
              <SimpleGrid cols={{ base: 1, sm: 4 }}>
                <TextInput
                  label={t('contests.rubric.criterion')}
                  withAsterisk
                  value={c.name}
                  error={errorOf(`${i}.name`)}
                  onChange={(e) => update(i, { name: e.currentTarget.value })}
                  maxLength={200}
                  style={{ gridColumn: 'span 2' }}
                  data-testid="criterion-name-input"
                />
                <TextInput
                  label={t('contests.rubric.weight')}
                  withAsterisk
                  inputMode="decimal"
                  value={c.weight}
                  error={errorOf(`${i}.weight`)}
                  description={
                    shares[i] === undefined
                      ? undefined
                      : t('contests.rubric.share', { share: formatNumber(shares[i]) })
                  }
                  onChange={(e) => update(i, { weight: e.currentTarget.value })}
                  data-testid="criterion-weight"
                />
                <TextInput
                  label={t('contests.rubric.maxScore')}
                  withAsterisk
                  inputMode="numeric"
                  value={c.maxScore}
                  error={errorOf(`${i}.maxScore`)}
                  onChange={(e) => update(i, { maxScore: e.currentTarget.value })}
                  data-testid="criterion-max"
                />
              </SimpleGrid>
              <Textarea
                label={t('contests.rubric.description')}
                autosize
                minRows={1}
                value={c.description}
                error={errorOf(`${i}.description`)}
                onChange={(e) => update(i, { description: e.currentTarget.value })}
              />
              <Text size="sm" fw={600}>
                {t('contests.rubric.levels')}
              </Text>
              {c.levels.map((l, j) => (
                <Group key={j} gap="xs" align="flex-start" wrap="nowrap" data-testid="level-editor">
                  <TextInput
                    label={t('contests.rubric.levelScore', { n: j + 1 })}
                    inputMode="numeric"
                    w={110}
                    value={l.score}
                    error={errorOf(`${i}.levels.${j}.score`)}
                    onChange={(e) =>
                      update(i, {
                        levels: c.levels.map((x, k) =>
                          k === j ? { ...x, score: e.currentTarget.value } : x,
                        ),
                      })
                    }
                    data-testid="level-score"
                  />
                  <TextInput
                    label={t('contests.rubric.levelDescription', { n: j + 1 })}
                    style={{ flex: 1 }}
                    value={l.description}
                    error={errorOf(`${i}.levels.${j}.description`)}
                    onChange={(e) =>
                      update(i, {
                        levels: c.levels.map((x, k) =>
                          k === j ? { ...x, description: e.currentTarget.value } : x,
                        ),
                      })
                    }
                    data-testid="level-description"
                  />
                  <ActionIcon
                    mt={26}
                    variant="default"
                    size="lg"
                    aria-label={t('contests.rubric.removeLevel', { n: j + 1 })}
                    onClick={() => update(i, { levels: c.levels.filter((_, k) => k !== j) })}
                  >
                    ×
                  </ActionIcon>
                </Group>
              ))}
              <Group gap="xs">
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => update(i, { levels: [...c.levels, { score: '', description: '' }] })}
                  data-testid="add-level"
                >
                  {t('contests.rubric.addLevel')}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  disabled={i === 0}
                  onClick={() => setCriteria((old) => move(old, i, -1))}
                  aria-label={t('contests.rubric.moveUp', { n: i + 1 })}
                >
                  ↑
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  disabled={i === criteria.length - 1}
                  onClick={() => setCriteria((old) => move(old, i, 1))}
                  aria-label={t('contests.rubric.moveDown', { n: i + 1 })}
                >
                  ↓
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  color="red.8"
                  onClick={() => setCriteria((old) => old.filter((_, k) => k !== i))}
                  data-testid="remove-criterion"
                >
                  {t('contests.rubric.removeCriterion')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        ))}
        <Group>
          <Button
            variant="default"
            onClick={() => setCriteria((old) => [...old, { ...EMPTY_CRITERION }])}
            data-testid="add-criterion"
          >
            {t('contests.rubric.addCriterion')}
          </Button>
        </Group>
        <FormActions
          submitLabel={t('contests.rubric.save')}
          submitting={props.submitting}
          onCancel={props.onCancel}
          testId="save-rubric"
        />
      </Stack>
    </form>
  );
}
