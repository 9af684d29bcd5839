import {
  Button,
  Card,
  Group,
  List,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '@/components/notify';
import { QueryState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { useConflict } from '@/components/use-conflict';
import { ApiError } from '@/lib/api/problem';
import { useExpertVocabulary } from '@/lib/api/expert-vocabulary';
import { useAuth } from '@/lib/auth/auth-context';
import {
  CONSULTATION_KINDS,
  useConsultationRules,
  useReplaceRules,
  type EligibilityRules,
  type VersionedRules,
} from '../api/consultations';
import { KIND_LABEL } from './labels';

/** The union's rules for using experts: everyone in the office reads them, admins change them. */
export function RulesPanel() {
  const rules = useConsultationRules();
  const auth = useAuth();
  if (!rules.isSuccess) return <QueryState query={rules} />;
  return (
    <RulesForm
      key={rules.data.version}
      initial={rules.data}
      canEdit={auth.hasRole('admin')}
      reload={async () => (await rules.refetch()).data}
    />
  );
}

function RulesForm({
  initial,
  canEdit,
  reload,
}: {
  initial: VersionedRules;
  canEdit: boolean;
  reload: () => Promise<VersionedRules | undefined>;
}) {
  const { t, i18n } = useTranslation();
  const vocabulary = useExpertVocabulary();
  const save = useReplaceRules();
  // The version the form was opened with: saving sends it as If-Match.
  const [base, setBase] = useState(initial);
  const [values, setValues] = useState<EligibilityRules>(initial.rules);
  const [error, setError] = useState<unknown>(null);
  const conflict = useConflict(async () => {
    const latest = await reload();
    if (latest) {
      setBase(latest);
      setValues(latest.rules);
      setError(null);
    }
  });
  const fields = error instanceof ApiError ? error.fieldErrors() : {};
  const english = i18n.resolvedLanguage === 'en';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    save.mutate(
      { rules: values, version: base.version ?? 0 },
      {
        onSuccess: (saved) => {
          setBase(saved);
          notifySuccess(t('consultations.rules.saved'));
        },
        onError: (err) => conflict.handle(err, setError),
      },
    );
  };

  const level = (kind: (typeof CONSULTATION_KINDS)[number]) => values.minimumLevel[kind] ?? 0;

  return (
    <Stack gap="md">
      <Card withBorder component="section" aria-labelledby="rules-title">
        <Title order={2} size="h3" id="rules-title" mb="xs">
          {t('consultations.rules.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {canEdit ? t('consultations.rules.introAdmin') : t('consultations.rules.introStaff')}
        </Text>
        <form onSubmit={submit} noValidate data-testid="rules-form">
          <Stack gap="sm">
            {error ? <ProblemAlert error={error} /> : null}
            <NumberInput
              label={t('consultations.rules.maxOpenAssignments')}
              description={t('consultations.rules.maxOpenAssignmentsHelp')}
              min={1}
              max={50}
              w={{ base: '100%', sm: 360 }}
              readOnly={!canEdit}
              value={values.maxOpenAssignments}
              onChange={(v) => setValues((old) => ({ ...old, maxOpenAssignments: Number(v) || 1 }))}
              error={fields.maxOpenAssignments}
            />
            <Switch
              label={t('consultations.rules.requireFieldMatch')}
              disabled={!canEdit}
              checked={values.requireFieldMatch}
              onChange={(e) => {
                const checked = e.currentTarget.checked;
                setValues((old) => ({ ...old, requireFieldMatch: checked }));
              }}
            />
            <Switch
              label={t('consultations.rules.excludeBusyPastDeadline')}
              disabled={!canEdit}
              checked={values.excludeBusyPastDeadline}
              onChange={(e) => {
                const checked = e.currentTarget.checked;
                setValues((old) => ({ ...old, excludeBusyPastDeadline: checked }));
              }}
            />
            <Text fw={600} size="sm" mt="xs">
              {t('consultations.rules.minimumLevel')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {CONSULTATION_KINDS.map((kind) => (
                <NumberInput
                  key={kind}
                  label={t(KIND_LABEL[kind])}
                  min={0}
                  max={100}
                  readOnly={!canEdit}
                  value={level(kind)}
                  onChange={(v) =>
                    setValues((old) => ({
                      ...old,
                      minimumLevel: { ...old.minimumLevel, [kind]: Number(v) || 0 },
                    }))
                  }
                  error={fields[`minimumLevel[${kind}]`] ?? fields.minimumLevel}
                  data-testid={`min-level-${kind}`}
                />
              ))}
            </SimpleGrid>
            {canEdit && (
              <Group justify="flex-end">
                <Button type="submit" loading={save.isPending} data-testid="save-rules">
                  {t('consultations.rules.save')}
                </Button>
              </Group>
            )}
          </Stack>
        </form>
      </Card>
      {vocabulary.data && (
        <Card withBorder component="section" aria-labelledby="levels-title">
          <Title order={2} size="h4" id="levels-title" mb="xs">
            {t('consultations.rules.levels')}
          </Title>
          <List size="sm">
            {[...vocabulary.data.qualifications]
              .sort((a, b) => b.level - a.level)
              .map((q) => (
                <List.Item key={q.code}>
                  {q.code} — {english ? q.nameEn : q.nameVi}: {q.level}
                </List.Item>
              ))}
          </List>
        </Card>
      )}
      {conflict.dialog}
    </Stack>
  );
}
