import { Alert, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/form-actions';
import { useFieldErrorText } from '@/lib/form-errors';
import { useClientForm } from '@/lib/use-client-form';
import { MonthField } from '@/components/date-fields';
import {
  ISSUE_LIMITS,
  validateIssue,
  type IssueFieldName,
  type IssueFormErrors,
  type IssueFormValues,
} from '../api/issue-form-model';

/**
 * An issue's details: volume, number, month, title, summary. numberFixed: a published issue keeps its
 * volume, number and month (the API refuses to change them), only its title and summary take corrections.
 */
export function IssueForm(props: {
  initial: IssueFormValues;
  submitLabel: string;
  submitting: boolean;
  numberFixed?: boolean;
  serverErrors?: IssueFormErrors;
  onSubmit: (values: IssueFormValues) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const { values, set, clientErrors, touched, submit } = useClientForm(
    props.initial,
    validateIssue,
    props.onSubmit,
  );
  const message = useFieldErrorText();
  const errorOf = (k: IssueFieldName) =>
    message(clientErrors[k]) ?? (touched[k] ? undefined : message(props.serverErrors?.[k]));

  const field = (k: IssueFieldName) => ({
    name: k,
    value: values[k],
    error: errorOf(k),
    onChange: (e: { currentTarget: { value: string } }) => set(k, e.currentTarget.value),
  });

  return (
    <form onSubmit={submit} noValidate aria-label={props.submitLabel} data-testid="issue-form">
      <Stack gap="md">
        {Object.values(clientErrors).some(Boolean) && (
          <Alert color="red" role="alert" data-testid="form-invalid">
            {t('form.fixErrors')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            {...field('volume')}
            label={t('bulletins.field.volume')}
            description={t('bulletins.form.volumeHelp')}
            required
            inputMode="numeric"
            disabled={props.numberFixed}
            data-testid="field-volume"
          />
          <TextInput
            {...field('number')}
            label={t('bulletins.field.issueNumber')}
            required
            inputMode="numeric"
            disabled={props.numberFixed}
            data-testid="field-number"
          />
          <MonthField
            {...field('month')}
            label={t('bulletins.field.month')}
            description={t('bulletins.form.monthHelp')}
            required
            disabled={props.numberFixed}
            data-testid="field-month"
          />
        </SimpleGrid>
        <TextInput
          {...field('title')}
          label={t('bulletins.field.title')}
          required
          maxLength={ISSUE_LIMITS.title}
          data-testid="field-title"
        />
        <Textarea
          {...field('summary')}
          label={t('bulletins.field.summary')}
          description={t('bulletins.form.maxChars', { max: ISSUE_LIMITS.summary })}
          autosize
          minRows={3}
          maxLength={ISSUE_LIMITS.summary}
          data-testid="field-summary"
        />
        <FormActions
          submitLabel={props.submitLabel}
          submitting={props.submitting}
          onCancel={props.onCancel}
          testId="save-issue"
        />
      </Stack>
    </form>
  );
}
