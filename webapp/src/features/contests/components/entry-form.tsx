import {
  Alert,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/form-actions';
import { useFieldErrorText } from '@/lib/form-errors';
import { formatDate } from '@/lib/format';
import type { Category } from '../api/contests';
import {
  EMPTY_AUTHOR,
  ENTRY_LIMITS,
  GENDERS,
  validateEntry,
  type AuthorValues,
  type EntryFormErrors,
  type EntryFormValues,
  type EntryRules,
} from '../api/entry-form-model';
import { GENDER_LABEL } from './labels';
import { DateField } from '@/components/date-fields';

type TopField = Exclude<keyof EntryFormValues, 'authors'>;

/**
 * An entry: category, title, description, how it works, video link, school and district (fixed for a
 * school contact), supervisor and the authors (at least one, at most the edition's limit), checked
 * against the edition's ages and grades before it goes to the API (which checks them again).
 */
export function EntryForm(props: {
  initial: EntryFormValues;
  categories: Category[];
  rules?: EntryRules;
  /** A school contact's entries are always of its school and district. */
  schoolFixed?: boolean;
  districtFixed?: boolean;
  submitLabel: string;
  submitting: boolean;
  serverErrors?: EntryFormErrors;
  onSubmit: (values: EntryFormValues) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const message = useFieldErrorText();
  const [values, setValues] = useState(props.initial);
  const [clientErrors, setClientErrors] = useState<EntryFormErrors>({});
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const maxAuthors = props.rules?.maxAuthorsPerEntry ?? 20;
  const errorOf = (k: string) =>
    message(clientErrors[k]) ?? (touched.has(k) ? undefined : message(props.serverErrors?.[k]));
  const touch = (k: string) => {
    setTouched((old) => new Set(old).add(k));
    setClientErrors((old) => {
      if (!old[k]) return old;
      const rest = { ...old };
      delete rest[k];
      return rest;
    });
  };
  const field = (k: TopField, label: string, required = false) => ({
    name: k,
    label,
    value: values[k],
    error: errorOf(k),
    withAsterisk: required,
    'aria-required': required || undefined,
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setValues((old) => ({ ...old, [k]: value }));
      touch(k);
    },
    'data-testid': `entry-${k}`,
  });
  const setAuthor = (i: number, k: keyof AuthorValues, value: string) => {
    setValues((old) => ({
      ...old,
      authors: old.authors.map((a, j) => (j === i ? { ...a, [k]: value } : a)),
    }));
    touch(`authors.${i}.${k}`);
  };
  const authorField = (i: number, k: keyof AuthorValues, label: string, required = false) => ({
    name: `authors.${i}.${k}`,
    label,
    value: values.authors[i]![k],
    error: errorOf(`authors.${i}.${k}`),
    withAsterisk: required,
    'aria-required': required || undefined,
    onChange: (e: { currentTarget: { value: string } }) => setAuthor(i, k, e.currentTarget.value),
    'data-testid': `author-${k}`,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = validateEntry(values, props.rules);
    setClientErrors(errors);
    setTouched(new Set());
    const first = Object.keys(errors)[0];
    if (first) {
      document.querySelector<HTMLElement>(`[data-testid="entry-form"] [name="${first}"]`)?.focus();
      return;
    }
    props.onSubmit(values);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={props.submitLabel} data-testid="entry-form">
      <Stack gap="md">
        {Object.keys(clientErrors).length > 0 && (
          <Alert color="red" role="alert" data-testid="form-invalid">
            {t('form.fixErrors')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            {...field('categoryId', t('contests.entry.category'), true)}
            data={[
              { value: '', label: t('contests.entry.chooseCategory') },
              ...props.categories.map((c) => ({ value: c.id, label: c.name })),
            ]}
          />
          <TextInput {...field('title', t('contests.entry.title'), true)} maxLength={ENTRY_LIMITS.title} />
        </SimpleGrid>
        <Textarea autosize minRows={3} {...field('description', t('contests.entry.description'), true)} />
        <Textarea autosize minRows={2} {...field('howItWorks', t('contests.entry.howItWorks'))} />
        <TextInput
          {...field('videoUrl', t('contests.entry.videoUrl'))}
          type="url"
          description={t('contests.entry.videoUrlHelp')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            {...field('school', t('contests.field.school'), true)}
            readOnly={props.schoolFixed}
            description={props.schoolFixed ? t('contests.entry.fixedByCoordinator') : undefined}
          />
          <TextInput
            {...field('district', t('contests.field.district'), true)}
            readOnly={props.districtFixed}
            description={props.districtFixed ? t('contests.entry.fixedByCoordinator') : undefined}
          />
          <TextInput {...field('commune', t('contests.field.commune'))} />
        </SimpleGrid>
        <Fieldset legend={t('contests.entry.supervisor')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...field('supervisorName', t('contests.entry.supervisorName'))} />
            <TextInput {...field('supervisorSchool', t('contests.field.school'))} />
            <TextInput {...field('supervisorPhone', t('contests.coordinators.phone'))} type="tel" />
            <TextInput {...field('supervisorEmail', t('contests.coordinators.email'))} type="email" />
          </SimpleGrid>
        </Fieldset>
        <Stack gap="xs">
          <Text fw={600}>{t('contests.entry.authors')}</Text>
          {props.rules && (
            <Text size="sm" c="dimmed" data-testid="author-rules">
              {t('contests.entry.authorRules', {
                max: maxAuthors,
                minAge: props.rules.minAge,
                maxAge: props.rules.maxAge,
                date: formatDate(props.rules.registrationCloses),
              })}
            </Text>
          )}
          {errorOf('authors') && (
            <Text c="red.8" size="sm" role="alert">
              {errorOf('authors')}
            </Text>
          )}
          {values.authors.map((_, i) => (
            <Fieldset
              key={i}
              legend={t('contests.entry.authorN', { n: i + 1 })}
              data-testid="author-fieldset"
            >
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput {...authorField(i, 'fullName', t('contests.entry.fullName'), true)} />
                <DateField {...authorField(i, 'dateOfBirth', t('contests.entry.dateOfBirth'), true)} />
                <NativeSelect
                  {...authorField(i, 'gender', t('contests.entry.gender'))}
                  data={[
                    { value: '', label: t('contests.entry.genderNone') },
                    ...GENDERS.map((g) => ({ value: g, label: t(GENDER_LABEL[g]) })),
                  ]}
                />
                <TextInput {...authorField(i, 'school', t('contests.field.school'), true)} />
                <TextInput
                  {...authorField(i, 'grade', t('contests.entry.grade'))}
                  inputMode="numeric"
                  description={t('contests.entry.gradeHelp')}
                />
                <TextInput {...authorField(i, 'district', t('contests.field.district'), true)} />
                <TextInput {...authorField(i, 'commune', t('contests.field.commune'))} />
              </SimpleGrid>
              {values.authors.length > 1 && (
                <Group mt="xs">
                  <Button
                    size="xs"
                    variant="default"
                    color="red.8"
                    onClick={() => {
                      setValues((old) => ({ ...old, authors: old.authors.filter((_, j) => j !== i) }));
                      setClientErrors({});
                    }}
                    data-testid="remove-author"
                  >
                    {t('contests.entry.removeAuthor', { n: i + 1 })}
                  </Button>
                </Group>
              )}
            </Fieldset>
          ))}
          <Group>
            <Button
              variant="default"
              disabled={values.authors.length >= maxAuthors}
              onClick={() =>
                setValues((old) => ({
                  ...old,
                  authors: [...old.authors, { ...EMPTY_AUTHOR, school: old.school, district: old.district }],
                }))
              }
              data-testid="add-author"
            >
              {t('contests.entry.addAuthor')}
            </Button>
          </Group>
        </Stack>
        <FormActions
          submitLabel={props.submitLabel}
          submitting={props.submitting}
          onCancel={props.onCancel}
          testId="save-entry"
        />
      </Stack>
    </form>
  );
}
