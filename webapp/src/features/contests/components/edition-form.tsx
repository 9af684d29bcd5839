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
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/form-actions';
import { tk } from '@/i18n';
import { useFieldErrorText } from '@/lib/form-errors';
import {
  DATE_FIELDS,
  EDITION_LIMITS,
  validateEdition,
  type DateField,
  type EditionField,
  type EditionFormErrors,
  type EditionFormValues,
} from '../api/edition-form-model';
import { DateField as DatePicker } from '@/components/date-fields';

export const DATE_LABEL: Record<DateField, string> = {
  registrationOpens: tk('contests.field.registrationOpens'),
  registrationCloses: tk('contests.field.registrationCloses'),
  submissionCloses: tk('contests.field.submissionCloses'),
  judgingOpens: tk('contests.field.judgingOpens'),
  judgingCloses: tk('contests.field.judgingCloses'),
  resultsDate: tk('contests.field.resultsDate'),
};

type TextField = Exclude<keyof EditionFormValues, 'coOrganisers'>;

/** An edition's details, co-organisers, phase dates (in order), eligibility, limits and award quota. */
export function EditionForm(props: {
  initial: EditionFormValues;
  submitLabel: string;
  submitting: boolean;
  /** The year is fixed once the edition exists. */
  yearFixed?: boolean;
  serverErrors?: EditionFormErrors;
  onSubmit: (values: EditionFormValues) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const message = useFieldErrorText();
  const [values, setValues] = useState(props.initial);
  const [clientErrors, setClientErrors] = useState<EditionFormErrors>({});
  const [touched, setTouched] = useState<Partial<Record<EditionField, boolean>>>({});
  const errorOf = (k: EditionField) =>
    message(clientErrors[k]) ?? (touched[k] ? undefined : message(props.serverErrors?.[k]));
  const change = (k: EditionField, patch: Partial<EditionFormValues>) => {
    setValues((old) => ({ ...old, ...patch }));
    setTouched((old) => ({ ...old, [k]: true }));
    setClientErrors((old) => (old[k] ? { ...old, [k]: undefined } : old));
  };
  const field = (k: TextField, label: string, required = true) => ({
    name: k,
    label,
    value: values[k],
    error: errorOf(k),
    withAsterisk: required,
    'aria-required': required || undefined,
    onChange: (e: { currentTarget: { value: string } }) => change(k, { [k]: e.currentTarget.value }),
    'data-testid': `edition-${k}`,
  });
  const numberField = (k: TextField, label: string, required = true) => ({
    ...field(k, label, required),
    inputMode: 'numeric' as const,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = validateEdition(values);
    setClientErrors(errors);
    setTouched({});
    const first = Object.keys(errors).find((k) => errors[k as EditionField]);
    if (first) {
      document.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    props.onSubmit(values);
  };

  const organisers = values.coOrganisers;
  const setOrganiser = (i: number, value: string) =>
    change('coOrganisers', { coOrganisers: organisers.map((o, j) => (j === i ? value : o)) });

  return (
    <form onSubmit={submit} noValidate aria-label={props.submitLabel} data-testid="edition-form">
      <Stack gap="md">
        {Object.values(clientErrors).some(Boolean) && (
          <Alert color="red" role="alert" data-testid="form-invalid">
            {t('form.fixErrors')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <TextInput {...numberField('year', t('contests.field.year'))} disabled={props.yearFixed} />
          <TextInput
            {...field('name', t('contests.field.name'))}
            maxLength={EDITION_LIMITS.name}
            style={{ gridColumn: 'span 3' }}
          />
        </SimpleGrid>
        <Textarea
          autosize
          minRows={3}
          {...field('description', t('contests.field.description'), false)}
          description={t('form.maxChars', { max: EDITION_LIMITS.description })}
        />
        <Fieldset legend={t('contests.field.coOrganisers')}>
          <Stack gap="xs">
            {organisers.map((o, i) => (
              <Group key={i} gap="xs" wrap="nowrap" align="flex-end">
                <TextInput
                  name={i === 0 ? 'coOrganisers' : undefined}
                  label={t('contests.field.coOrganiser', { n: i + 1 })}
                  value={o}
                  onChange={(e) => setOrganiser(i, e.currentTarget.value)}
                  maxLength={EDITION_LIMITS.coOrganiser}
                  style={{ flex: 1 }}
                  data-testid="edition-coOrganiser"
                />
                <ActionIcon
                  variant="default"
                  size="lg"
                  aria-label={t('contests.form.removeCoOrganiser', { n: i + 1 })}
                  onClick={() =>
                    change('coOrganisers', { coOrganisers: organisers.filter((_, j) => j !== i) })
                  }
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            {errorOf('coOrganisers') && (
              <Text c="red.8" size="sm" role="alert">
                {errorOf('coOrganisers')}
              </Text>
            )}
            <Group>
              <Button
                variant="default"
                size="xs"
                disabled={organisers.length >= EDITION_LIMITS.coOrganisers}
                onClick={() => change('coOrganisers', { coOrganisers: [...organisers, ''] })}
                data-testid="add-co-organiser"
              >
                {t('contests.form.addCoOrganiser')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('contests.form.dates')}>
          <Text size="sm" c="dimmed" mb="xs">
            {t('contests.form.datesHelp')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {DATE_FIELDS.map((k) => (
              <DatePicker key={k} {...field(k, t(DATE_LABEL[k]))} />
            ))}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('contests.form.eligibility')}>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <TextInput {...numberField('minAge', t('contests.field.minAge'))} />
            <TextInput {...numberField('maxAge', t('contests.field.maxAge'))} />
            <TextInput {...numberField('minGrade', t('contests.field.minGrade'), false)} />
            <TextInput {...numberField('maxGrade', t('contests.field.maxGrade'), false)} />
            <TextInput {...numberField('maxEntriesPerSchool', t('contests.field.maxEntriesPerSchool'))} />
            <TextInput {...numberField('maxAuthorsPerEntry', t('contests.field.maxAuthorsPerEntry'))} />
          </SimpleGrid>
          <Text size="sm" c="dimmed" mt="xs">
            {t('contests.form.agesHelp')}
          </Text>
        </Fieldset>
        <Fieldset legend={t('contests.form.quota')}>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <TextInput {...numberField('quotaFirst', t('contests.award.first'))} />
            <TextInput {...numberField('quotaSecond', t('contests.award.second'))} />
            <TextInput {...numberField('quotaThird', t('contests.award.third'))} />
            <TextInput {...numberField('quotaConsolation', t('contests.award.consolation'))} />
          </SimpleGrid>
          <Text size="sm" c="dimmed" mt="xs">
            {t('contests.form.quotaHelp')}
          </Text>
        </Fieldset>
        <FormActions
          submitLabel={props.submitLabel}
          submitting={props.submitting}
          onCancel={props.onCancel}
          testId="save-edition"
        />
      </Stack>
    </form>
  );
}
