import { Alert, Checkbox, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/form-actions';
import { useFieldErrorText } from '@/lib/form-errors';
import { useClientForm } from '@/lib/use-client-form';
import {
  POST_LIMITS,
  validatePost,
  type PostFieldName,
  type PostFormErrors,
  type PostFormValues,
} from '../api/post-form-model';
import { POST_AUDIENCES, POST_KINDS, type PostAudience, type PostKind } from '../api/posts';
import { AUDIENCE_LABEL, KIND_LABEL } from './labels';
import { RichTextEditor } from './rich-text-editor';
import { DateTimeField } from '@/components/date-fields';

/** A post's content: kind, title, summary, body (rich text), tags, audience, pinning, and for an event its time and place. */
export function PostForm(props: {
  initial: PostFormValues;
  submitLabel: string;
  submitting: boolean;
  serverErrors?: PostFormErrors;
  onSubmit: (values: PostFormValues) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const {
    values,
    set: setField,
    clientErrors,
    touched,
    submit,
  } = useClientForm(props.initial, validatePost, props.onSubmit);
  const message = useFieldErrorText();
  const errorOf = (k: PostFieldName) =>
    message(clientErrors[k]) ?? (touched[k] ? undefined : message(props.serverErrors?.[k]));

  // pinning has no error to clear and no server message to hide
  const set = <K extends keyof PostFormValues>(k: K, value: PostFormValues[K]) =>
    setField(k, value, k !== 'pinned');
  const text = (k: 'title' | 'summary' | 'tags' | 'eventStartsAt' | 'eventPlace') => ({
    name: k,
    value: values[k],
    error: errorOf(k),
    onChange: (e: { currentTarget: { value: string } }) => set(k, e.currentTarget.value),
  });

  return (
    <form onSubmit={submit} noValidate aria-label={props.submitLabel} data-testid="post-form">
      <Stack gap="md">
        {Object.values(clientErrors).some(Boolean) && (
          <Alert color="red" role="alert" data-testid="form-invalid">
            {t('form.fixErrors')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            name="kind"
            label={t('news.field.kind')}
            required
            allowDeselect={false}
            value={values.kind}
            onChange={(v) => v && set('kind', v as PostKind)}
            data={POST_KINDS.map((k) => ({ value: k, label: t(KIND_LABEL[k]) }))}
            error={errorOf('kind')}
            data-testid="field-kind"
          />
          <Select
            name="audience"
            label={t('news.field.audience')}
            description={t('news.form.audienceHelp')}
            required
            allowDeselect={false}
            value={values.audience}
            onChange={(v) => v && set('audience', v as PostAudience)}
            data={POST_AUDIENCES.map((a) => ({ value: a, label: t(AUDIENCE_LABEL[a]) }))}
            error={errorOf('audience')}
            data-testid="field-audience"
          />
        </SimpleGrid>
        <TextInput
          {...text('title')}
          label={t('news.field.title')}
          required
          maxLength={POST_LIMITS.title}
          data-testid="field-title"
        />
        <Textarea
          {...text('summary')}
          label={t('news.field.summary')}
          description={t('news.form.summaryHelp', { max: POST_LIMITS.summary })}
          autosize
          minRows={2}
          maxLength={POST_LIMITS.summary}
          data-testid="field-summary"
        />
        <RichTextEditor
          label={t('news.field.body')}
          description={t('news.form.bodyHelp')}
          value={values.bodyHtml}
          onChange={(html) => set('bodyHtml', html)}
          error={errorOf('bodyHtml')}
          required
        />
        <TextInput
          {...text('tags')}
          label={t('news.field.tags')}
          description={t('news.form.tagsHelp')}
          data-testid="field-tags"
        />
        {values.kind === 'event' && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateTimeField
              {...text('eventStartsAt')}
              label={t('news.field.eventStartsAt')}
              description={t('news.form.provinceTime')}
              data-testid="field-event-starts-at"
            />
            <TextInput
              {...text('eventPlace')}
              label={t('news.field.eventPlace')}
              maxLength={POST_LIMITS.eventPlace}
              data-testid="field-event-place"
            />
          </SimpleGrid>
        )}
        <Checkbox
          label={t('news.field.pinned')}
          description={t('news.form.pinnedHelp')}
          checked={values.pinned}
          onChange={(e) => set('pinned', e.currentTarget.checked)}
          data-testid="field-pinned"
        />
        <FormActions
          submitLabel={props.submitLabel}
          submitting={props.submitting}
          onCancel={props.onCancel}
          testId="save-post"
        />
      </Stack>
    </form>
  );
}
