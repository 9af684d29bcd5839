import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ExpertPicker } from '@/components/expert-picker';
import { FormActions } from '@/components/form-actions';
import { useFieldErrorText } from '@/lib/form-errors';
import {
  ARTICLE_LIMITS,
  emptyAuthor,
  validateArticle,
  type ArticleErrorKey,
  type ArticleFormErrors,
  type ArticleFormValues,
  type AuthorRow,
} from '../api/article-form-model';
import { moveItem } from '../api/workflow';
import { useFieldNames } from './field-names';

type TextField = 'title' | 'abstractText' | 'pageFrom' | 'pageTo';
type AuthorPart = 'name' | 'affiliation';

/** An article (BulletinArticleInput): title, authors in printed order, abstract, keywords, fields, pages. */
export function ArticleForm(props: {
  initial: ArticleFormValues;
  submitLabel: string;
  submitting: boolean;
  serverErrors?: ArticleFormErrors;
  onSubmit: (values: ArticleFormValues) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const { options: fieldOptions } = useFieldNames();
  const [values, setValues] = useState(props.initial);
  const [clientErrors, setClientErrors] = useState<ArticleFormErrors>({});
  const [touched, setTouched] = useState<Set<ArticleErrorKey>>(new Set());
  const [rowsShifted, setRowsShifted] = useState(false);
  const [serverErrorsSeen, setServerErrorsSeen] = useState(props.serverErrors);
  if (serverErrorsSeen !== props.serverErrors) {
    setServerErrorsSeen(props.serverErrors);
    setTouched(new Set());
    setRowsShifted(false);
  }
  const message = useFieldErrorText();
  const errorOf = (k: ArticleErrorKey) =>
    message(clientErrors[k]) ??
    (touched.has(k) || (rowsShifted && k.startsWith('authors['))
      ? undefined
      : message(props.serverErrors?.[k]));

  const touch = (k: ArticleErrorKey) => {
    setTouched((old) => new Set(old).add(k));
    setClientErrors((old) => (old[k] ? { ...old, [k]: undefined } : old));
  };
  const set = <K extends keyof ArticleFormValues>(k: K, v: ArticleFormValues[K]) => {
    setValues((old) => ({ ...old, [k]: v }));
    touch(k);
  };
  const text = (k: TextField) => ({
    name: k,
    value: values[k],
    error: errorOf(k),
    onChange: (e: { currentTarget: { value: string } }) => set(k, e.currentTarget.value),
  });

  const setAuthor = (index: number, change: Partial<AuthorRow>, part: AuthorPart | 'expertId') => {
    setValues((v) => ({ ...v, authors: v.authors.map((a, i) => (i === index ? { ...a, ...change } : a)) }));
    touch(`authors[${index}].${part}`);
  };
  // Rows shift: the row errors no longer point at the right row.
  const reshape = (authors: AuthorRow[]) => {
    setValues((v) => ({ ...v, authors }));
    setClientErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith('authors['))));
    setRowsShifted(true);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateArticle(values);
    setClientErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document
        .querySelector<HTMLElement>(`[name="${first}"]:not([type="hidden"]), [data-name="${first}"]`)
        ?.focus();
      return;
    }
    props.onSubmit(values);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={props.submitLabel} data-testid="article-form">
      <Stack gap="md">
        {Object.values(clientErrors).some(Boolean) && (
          <Alert color="red" role="alert" data-testid="form-invalid">
            {t('form.fixErrors')}
          </Alert>
        )}
        <TextInput
          {...text('title')}
          label={t('bulletins.field.articleTitle')}
          required
          maxLength={ARTICLE_LIMITS.title}
          data-testid="field-article-title"
        />
        <Fieldset legend={t('bulletins.field.authors')}>
          <Stack gap="sm">
            {errorOf('authors') && (
              <Text c="red.9" size="sm" role="alert">
                {errorOf('authors')}
              </Text>
            )}
            {values.authors.map((a, i) => (
              <Stack
                key={a.key}
                gap="xs"
                role="group"
                aria-label={t('bulletins.form.authorRow', { n: i + 1 })}
                pb="sm"
                style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
                data-testid="author-row"
              >
                <SimpleGrid cols={{ base: 1, md: 3 }}>
                  <TextInput
                    name={`authors[${i}].name`}
                    label={t('bulletins.field.authorName')}
                    description={t('bulletins.form.authorNameHelp')}
                    withAsterisk
                    maxLength={ARTICLE_LIMITS.authorName}
                    value={a.name}
                    error={errorOf(`authors[${i}].name`)}
                    onChange={(e) => setAuthor(i, { name: e.currentTarget.value }, 'name')}
                    data-testid="author-name"
                  />
                  <ExpertPicker
                    name={`authors[${i}].expertId`}
                    label={t('bulletins.field.authorExpert')}
                    placeholder={t('bulletins.form.expertPlaceholder')}
                    linkedLabel={t('bulletins.form.linkedExpert')}
                    noneFound={t('bulletins.form.noExpert')}
                    value={a.expertId}
                    error={errorOf(`authors[${i}].expertId`)}
                    onChange={(expertId, displayName) =>
                      setAuthor(
                        i,
                        { expertId, ...(displayName && !a.name.trim() ? { name: displayName } : {}) },
                        'expertId',
                      )
                    }
                  />
                  <TextInput
                    name={`authors[${i}].affiliation`}
                    label={t('bulletins.field.affiliation')}
                    maxLength={ARTICLE_LIMITS.affiliation}
                    value={a.affiliation}
                    error={errorOf(`authors[${i}].affiliation`)}
                    onChange={(e) => setAuthor(i, { affiliation: e.currentTarget.value }, 'affiliation')}
                    data-testid="author-affiliation"
                  />
                </SimpleGrid>
                <Group gap={4}>
                  <ActionIcon
                    variant="default"
                    disabled={i === 0}
                    onClick={() => reshape(moveItem(values.authors, i, -1))}
                    aria-label={t('bulletins.form.authorUp', { n: i + 1 })}
                  >
                    <span aria-hidden>↑</span>
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    disabled={i === values.authors.length - 1}
                    onClick={() => reshape(moveItem(values.authors, i, 1))}
                    aria-label={t('bulletins.form.authorDown', { n: i + 1 })}
                  >
                    <span aria-hidden>↓</span>
                  </ActionIcon>
                  <Button
                    variant="outline"
                    color="red.9"
                    size="xs"
                    disabled={values.authors.length === 1}
                    onClick={() => reshape(values.authors.filter((x) => x.key !== a.key))}
                    aria-label={t('bulletins.form.removeAuthor', { n: i + 1 })}
                  >
                    {t('common.delete')}
                  </Button>
                </Group>
              </Stack>
            ))}
            <Group>
              <Button
                variant="default"
                disabled={values.authors.length >= ARTICLE_LIMITS.authors}
                onClick={() => setValues((v) => ({ ...v, authors: [...v.authors, emptyAuthor()] }))}
                data-testid="add-author"
              >
                {t('bulletins.form.addAuthor')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <Textarea
          {...text('abstractText')}
          label={t('bulletins.field.abstract')}
          description={t('bulletins.form.maxChars', { max: ARTICLE_LIMITS.abstractText })}
          autosize
          minRows={4}
          maxLength={ARTICLE_LIMITS.abstractText}
          data-testid="field-abstract"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TagsInput
            name="keywords"
            label={t('bulletins.field.keywords')}
            description={t('bulletins.form.keywordsHelp', { max: ARTICLE_LIMITS.keywords })}
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            maxTags={ARTICLE_LIMITS.keywords}
            value={values.keywords}
            onChange={(v) => set('keywords', v)}
            error={errorOf('keywords')}
            data-testid="field-keywords"
          />
          <MultiSelect
            name="fieldCodes"
            label={t('bulletins.field.fields')}
            description={t('bulletins.form.fieldsHelp', { max: ARTICLE_LIMITS.fieldCodes })}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            maxValues={ARTICLE_LIMITS.fieldCodes}
            value={values.fieldCodes}
            onChange={(v) => set('fieldCodes', v)}
            data={fieldOptions}
            error={errorOf('fieldCodes')}
            data-testid="field-fields"
          />
          <TextInput
            {...text('pageFrom')}
            label={t('bulletins.field.pageFrom')}
            inputMode="numeric"
            data-testid="field-page-from"
          />
          <TextInput
            {...text('pageTo')}
            label={t('bulletins.field.pageTo')}
            inputMode="numeric"
            data-testid="field-page-to"
          />
        </SimpleGrid>
        <FormActions
          submitLabel={props.submitLabel}
          submitting={props.submitting}
          onCancel={props.onCancel}
          testId="save-article"
        />
      </Stack>
    </form>
  );
}
