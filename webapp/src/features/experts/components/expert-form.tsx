import {
  Alert,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NativeSelect,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/form-actions';
import { useFieldErrorText } from '@/lib/form-errors';
import { todayInProvince } from '@/lib/format';
import type { Availability, ExpertVocabulary, Visibility } from '../api/experts';
import {
  LIMITS,
  VISIBILITY_GROUPS,
  emptyPublication,
  validateExpert,
  type ErrorKey,
  type ExpertFormValues,
  type FormErrors,
  type PublicationPart,
  type PublicationRow,
} from '../api/expert-form-model';
import { AVAILABILITIES } from '../api/search-params';
import { AssociationMultiSelect } from './association-multi-select';
import {
  AVAILABILITY_LABEL,
  VISIBILITY_GROUP_HELP,
  VISIBILITY_GROUP_LABEL,
  VISIBILITY_LABEL,
  useLanguage,
} from './labels';
import { DateField } from '@/components/date-fields';

const VISIBILITIES: Visibility[] = ['public', 'partners', 'internal'];
const LANGUAGE_SUGGESTIONS = ['vi', 'en', 'fr', 'ru', 'zh', 'ja', 'ko', 'de', 'lo'];

export interface ExpertFormProps {
  initial: ExpertFormValues;
  vocabulary: ExpertVocabulary;
  /** The account link: only staff and admins set it. */
  showUsername: boolean;
  submitting: boolean;
  submitLabel: string;
  /** Field errors from the API (problem.errors), shown next to their fields. */
  serverErrors?: FormErrors;
  onSubmit: (values: ExpertFormValues) => void;
  onCancel?: () => void;
  /** The province's date (busy-until may not be in the past); a parameter for tests. */
  today?: string;
}

/** Every field of a profile (ExpertInput), shared by the create, edit and "my profile" pages. */
export function ExpertForm(props: ExpertFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [values, setValues] = useState(props.initial);
  const [clientErrors, setClientErrors] = useState<FormErrors>({});
  const [touchedSinceServer, setTouchedSinceServer] = useState<Set<ErrorKey>>(new Set());
  const [serverErrorsSeen, setServerErrorsSeen] = useState(props.serverErrors);
  const [rowsShifted, setRowsShifted] = useState(false);
  if (serverErrorsSeen !== props.serverErrors) {
    setServerErrorsSeen(props.serverErrors);
    setTouchedSinceServer(new Set());
    setRowsShifted(false);
  }

  const message = useFieldErrorText();
  const errorOf = (field: ErrorKey): string | undefined =>
    message(clientErrors[field]) ??
    (touchedSinceServer.has(field) || (rowsShifted && field.startsWith('publications['))
      ? undefined
      : message(props.serverErrors?.[field]));
  const touch = (field: ErrorKey) => {
    setClientErrors((e) => ({ ...e, [field]: undefined }));
    setTouchedSinceServer((s) => new Set(s).add(field));
  };
  const set = <K extends keyof ExpertFormValues>(field: K, value: ExpertFormValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    touch(field);
  };
  type TextField = {
    [K in keyof ExpertFormValues]: ExpertFormValues[K] extends string ? K : never;
  }[keyof ExpertFormValues];
  const text = (field: TextField, label: string, extra: { required?: boolean; maxLength?: number } = {}) => ({
    name: field,
    label,
    value: values[field],
    error: errorOf(field),
    withAsterisk: extra.required,
    'aria-required': extra.required || undefined,
    maxLength: extra.maxLength,
    onChange: (event: { currentTarget: { value: string } }) => set(field, event.currentTarget.value),
  });

  const setRow = (index: number, part: PublicationPart, value: string) => {
    setValues((v) => ({
      ...v,
      publications: v.publications.map((p, i) => (i === index ? { ...p, [part]: value } : p)),
    }));
    touch(`publications[${index}].${part}`);
  };
  const addRow = () => setValues((v) => ({ ...v, publications: [...v.publications, emptyPublication()] }));
  const removeRow = (row: PublicationRow) => {
    setValues((v) => ({ ...v, publications: v.publications.filter((p) => p.key !== row.key) }));
    // Row indexes shift: the errors of the remaining rows no longer point at the right row.
    setClientErrors((e) =>
      Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith('publications['))),
    );
    setRowsShifted(true);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateExpert(values, {
      today: props.today ?? todayInProvince(),
      checkUsername: props.showUsername,
    });
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      const first = Object.keys(found)[0];
      document
        .querySelector<HTMLElement>(`[name="${first}"]:not([type="hidden"]), [data-name="${first}"]`)
        ?.focus();
      return;
    }
    props.onSubmit(values);
  };

  const qualificationOptions = (kind: 'title' | 'degree') => [
    { value: '', label: t('experts.form.none') },
    ...props.vocabulary.qualifications
      .filter((q) => q.kind === kind)
      .sort((a, b) => b.level - a.level)
      .map((q) => ({ value: q.code, label: `${language === 'en' ? q.nameEn : q.nameVi} (${q.code})` })),
  ];
  const fieldOptions = props.vocabulary.fields
    .map((f) => ({ value: f.code, label: language === 'en' ? f.nameEn : f.nameVi }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
  const hasErrors = Object.values(clientErrors).some(Boolean);

  return (
    <form onSubmit={submit} noValidate aria-label={props.submitLabel} data-testid="expert-form">
      <Stack gap="md">
        {hasErrors && (
          <Alert color="red" role="alert" data-testid="form-invalid">
            {t('form.fixErrors')}
          </Alert>
        )}
        <Fieldset legend={t('experts.section.profile')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                {...text('fullName', t('experts.field.fullName'), { required: true })}
                description={t('experts.form.fullNameHelp')}
              />
              <SimpleGrid cols={2}>
                <NativeSelect
                  {...text('titleCode', t('experts.field.title'))}
                  data={qualificationOptions('title')}
                />
                <NativeSelect
                  {...text('degreeCode', t('experts.field.degree'))}
                  data={qualificationOptions('degree')}
                />
              </SimpleGrid>
              <TextInput {...text('position', t('experts.field.position'))} />
              <TextInput {...text('organisation', t('experts.field.organisation'))} />
            </SimpleGrid>
            <MultiSelect
              name="fieldCodes"
              label={t('experts.field.fields')}
              description={t('experts.form.fieldsHelp', { max: LIMITS.fieldCodes })}
              data={fieldOptions}
              value={values.fieldCodes}
              onChange={(v) => set('fieldCodes', v)}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': t('common.clear') }}
              maxValues={LIMITS.fieldCodes}
              nothingFoundMessage={t('experts.form.nothingFound')}
              error={errorOf('fieldCodes')}
              data-testid="fields-select"
            />
            <TagsInput
              name="keywords"
              label={t('experts.field.keywords')}
              description={t('experts.form.keywordsHelp', { max: LIMITS.keywords })}
              value={values.keywords}
              onChange={(v) => set('keywords', v)}
              maxTags={LIMITS.keywords}
              splitChars={[',', ';']}
              clearable
              clearButtonProps={{ 'aria-label': t('common.clear') }}
              error={errorOf('keywords')}
              data-testid="keywords-input"
            />
            <AssociationMultiSelect
              label={t('experts.field.associations')}
              description={t('experts.form.associationsHelp')}
              value={values.associations}
              onChange={(v) => set('associations', v)}
              max={LIMITS.associations}
              error={errorOf('associations')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('experts.section.biography')}>
          <Stack gap="sm">
            <Textarea
              autosize
              minRows={4}
              {...text('biography', t('experts.field.biography'))}
              description={t('form.maxChars', { max: LIMITS.biography })}
              data-testid="biography-input"
            />
            <Stack gap="xs" role="group" aria-labelledby="publications-heading">
              <Text fw={500} size="sm" id="publications-heading">
                {t('experts.field.publications')}
              </Text>
              {errorOf('publications') && (
                <Text c="red.9" size="sm" role="alert">
                  {errorOf('publications')}
                </Text>
              )}
              {values.publications.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('experts.form.noPublications')}
                </Text>
              )}
              {values.publications.map((p, i) => (
                <Group
                  key={p.key}
                  align="flex-start"
                  gap="xs"
                  wrap="wrap"
                  role="group"
                  aria-label={t('experts.form.publicationRow', { n: i + 1 })}
                  data-testid="publication-row"
                >
                  <TextInput
                    style={{ flex: '3 1 240px' }}
                    name={`publications[${i}].title`}
                    label={t('experts.field.publicationTitle')}
                    withAsterisk
                    value={p.title}
                    error={errorOf(`publications[${i}].title`)}
                    onChange={(e) => setRow(i, 'title', e.currentTarget.value)}
                  />
                  <TextInput
                    style={{ flex: '2 1 200px' }}
                    type="url"
                    name={`publications[${i}].url`}
                    label={t('experts.field.publicationUrl')}
                    placeholder="https://doi.org/…"
                    value={p.url}
                    error={errorOf(`publications[${i}].url`)}
                    onChange={(e) => setRow(i, 'url', e.currentTarget.value)}
                  />
                  <TextInput
                    style={{ flex: '0 1 90px' }}
                    inputMode="numeric"
                    name={`publications[${i}].year`}
                    label={t('experts.field.publicationYear')}
                    value={p.year}
                    error={errorOf(`publications[${i}].year`)}
                    onChange={(e) => setRow(i, 'year', e.currentTarget.value)}
                  />
                  <Button
                    variant="subtle"
                    color="red.8"
                    mt={25}
                    onClick={() => removeRow(p)}
                    aria-label={t('experts.form.removePublication', { n: i + 1 })}
                  >
                    {t('common.delete')}
                  </Button>
                </Group>
              ))}
              <Group>
                <Button
                  variant="default"
                  size="xs"
                  onClick={addRow}
                  disabled={values.publications.length >= LIMITS.publications}
                  data-testid="add-publication"
                >
                  {t('experts.form.addPublication')}
                </Button>
              </Group>
            </Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                {...text('orcid', t('experts.field.orcid'))}
                placeholder="0000-0002-1825-0097"
                description={t('experts.form.orcidHelp')}
              />
              <TagsInput
                name="languages"
                label={t('experts.field.languages')}
                description={t('experts.form.languagesHelp')}
                value={values.languages}
                onChange={(v) => set('languages', v)}
                data={LANGUAGE_SUGGESTIONS}
                maxTags={LIMITS.languages}
                splitChars={[',', ';']}
                clearable
                clearButtonProps={{ 'aria-label': t('common.clear') }}
                error={errorOf('languages')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('experts.section.contact')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...text('contact.email', t('experts.field.email'))} type="email" />
            <TextInput {...text('contact.phone', t('experts.field.phone'))} type="tel" />
            <TextInput {...text('contact.address', t('experts.field.address'))} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('experts.section.availability')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              {...text('availability', t('experts.field.availability'))}
              onChange={(e) => set('availability', e.currentTarget.value as Availability)}
              data={AVAILABILITIES.map((a) => ({ value: a, label: t(AVAILABILITY_LABEL[a]) }))}
              data-testid="availability-select"
            />
            {values.availability === 'busy' && (
              <DateField
                {...text('busyUntil', t('experts.field.busyUntil'), { required: true })}
                min={props.today ?? todayInProvince()}
                description={t('experts.form.busyUntilHelp')}
              />
            )}
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('experts.section.visibility')}>
          <Text size="sm" mb="sm">
            {t('experts.visibility.intro')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {VISIBILITY_GROUPS.map((group) => {
              const field = `visibility.${group}` as const;
              return (
                <NativeSelect
                  key={group}
                  {...text(field, t(VISIBILITY_GROUP_LABEL[group]))}
                  onChange={(e) => set(field, e.currentTarget.value as Visibility)}
                  description={t(VISIBILITY_GROUP_HELP[group])}
                  data={VISIBILITIES.map((v) => ({ value: v, label: t(VISIBILITY_LABEL[v]) }))}
                  data-testid={`visibility-${group}`}
                />
              );
            })}
          </SimpleGrid>
        </Fieldset>

        {props.showUsername && (
          <Fieldset legend={t('experts.section.account')}>
            <TextInput
              {...text('username', t('experts.field.username'), { maxLength: LIMITS.username })}
              description={t('experts.form.usernameHelp')}
              autoComplete="off"
            />
          </Fieldset>
        )}

        <FormActions
          submitLabel={props.submitLabel}
          submitting={props.submitting}
          onCancel={props.onCancel}
        />
      </Stack>
    </form>
  );
}
