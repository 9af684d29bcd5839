import { Alert, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/form-actions';
import { useFieldErrorText } from '@/lib/form-errors';
import {
  codeFromName,
  validateCategory,
  type CategoryField,
  type CategoryFormErrors,
  type CategoryFormValues,
} from '../api/category-form-model';

/** A category's code, name, description and position; a new one's code follows its name until typed. */
export function CategoryForm(props: {
  initial: CategoryFormValues;
  submitLabel: string;
  submitting: boolean;
  isNew?: boolean;
  serverErrors?: CategoryFormErrors;
  onSubmit: (values: CategoryFormValues) => void;
  onCancel?: () => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const message = useFieldErrorText();
  const [values, setValues] = useState(props.initial);
  const [codeTyped, setCodeTyped] = useState(!props.isNew);
  const [clientErrors, setClientErrors] = useState<CategoryFormErrors>({});
  const [touched, setTouched] = useState<Partial<Record<CategoryField, boolean>>>({});
  const errorOf = (k: CategoryField) =>
    message(clientErrors[k]) ?? (touched[k] ? undefined : message(props.serverErrors?.[k]));
  const set = (k: CategoryField, value: string) => {
    setValues((old) => ({
      ...old,
      [k]: value,
      ...(k === 'name' && !codeTyped ? { code: codeFromName(value) } : {}),
    }));
    if (k === 'code') setCodeTyped(true);
    setTouched((old) => ({ ...old, [k]: true }));
    setClientErrors((old) => (old[k] ? { ...old, [k]: undefined } : old));
  };
  const field = (k: CategoryField, label: string, required = true) => ({
    name: k,
    label,
    value: values[k],
    error: errorOf(k),
    withAsterisk: required,
    'aria-required': required || undefined,
    onChange: (e: { currentTarget: { value: string } }) => set(k, e.currentTarget.value),
    'data-testid': `category-${k}`,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    e.stopPropagation();
    const errors = validateCategory(values);
    setClientErrors(errors);
    setTouched({});
    if (Object.keys(errors).length > 0) return;
    props.onSubmit(values);
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={props.submitLabel}
      data-testid={props.testId ?? 'category-form'}
    >
      <Stack gap="sm">
        {Object.values(clientErrors).some(Boolean) && (
          <Alert color="red" role="alert">
            {t('form.fixErrors')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput {...field('name', t('contests.categories.name'))} maxLength={200} />
          <TextInput
            {...field('code', t('contests.categories.code'))}
            description={t('contests.categories.codeHelp')}
            maxLength={40}
          />
          <TextInput {...field('position', t('contests.categories.position'))} inputMode="numeric" />
        </SimpleGrid>
        <Textarea
          autosize
          minRows={2}
          {...field('description', t('contests.categories.description'), false)}
        />
        <FormActions
          submitLabel={props.submitLabel}
          submitting={props.submitting}
          onCancel={props.onCancel}
          testId={`${props.testId ?? 'category-form'}-save`}
        />
      </Stack>
    </form>
  );
}
