import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import type { LeaderRole } from '../api/associations';
import {
  CONGRESS_LIMITS,
  LEADER_LIMITS,
  validateCongress,
  validateLeader,
  validateTerm,
  type CongressValues,
  type Errors,
  type LeaderValues,
  type TermValues,
} from '../api/structure-form-model';
import type { Term } from '../api/structure';
import { LEADER_ROLE_LABEL } from './labels';
import { useStructureForm } from './use-structure-form';
import { DateField } from '@/components/date-fields';

export const LEADER_ROLES: readonly LeaderRole[] = [
  'president',
  'vice_president',
  'general_secretary',
  'standing_member',
  'executive_member',
  'chief_inspector',
];

interface FormProps<V> {
  initial: V;
  submitLabel: string;
  submitting: boolean;
  /** Field errors from the API (problem.errors), shown next to their fields. */
  serverErrors?: Errors<V>;
  onSubmit: (values: V) => void;
  onCancel: () => void;
}

function FormFrame({
  label,
  hasErrors,
  submitting,
  onSubmit,
  onCancel,
  children,
}: {
  label: string;
  hasErrors: boolean;
  submitting: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form onSubmit={onSubmit} noValidate aria-label={label}>
      <Stack gap="sm">
        {hasErrors && (
          <Alert color="red" role="alert" data-testid="form-invalid">
            {t('form.fixErrors')}
          </Alert>
        )}
        {children}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={submitting} data-testid="structure-save">
            {label}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function useTermOptions(terms: readonly Term[]) {
  const { t } = useTranslation();
  return [
    { value: '', label: t('association.structure.chooseTerm'), disabled: true },
    ...terms.map((x) => ({
      value: x.id,
      label: t('association.structure.termOption', {
        number: x.number,
        start: formatDate(x.startDate),
        end: formatDate(x.endDate),
      }),
    })),
  ];
}

export function TermForm(props: FormProps<TermValues>) {
  const { t } = useTranslation();
  const form = useStructureForm({ ...props, validate: validateTerm });
  return (
    <FormFrame
      label={props.submitLabel}
      hasErrors={form.hasErrors}
      submitting={props.submitting}
      onSubmit={form.submit}
      onCancel={props.onCancel}
    >
      <TextInput
        {...form.input('number', t('association.term.number'), { required: true })}
        inputMode="numeric"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField {...form.input('startDate', t('association.term.start'), { required: true })} />
        <DateField {...form.input('endDate', t('association.term.end'), { required: true })} />
      </SimpleGrid>
    </FormFrame>
  );
}

export function CongressForm(props: FormProps<CongressValues> & { terms: readonly Term[] }) {
  const { t } = useTranslation();
  const form = useStructureForm({ ...props, validate: (v) => validateCongress(v) });
  const termOptions = useTermOptions(props.terms);
  return (
    <FormFrame
      label={props.submitLabel}
      hasErrors={form.hasErrors}
      submitting={props.submitting}
      onSubmit={form.submit}
      onCancel={props.onCancel}
    >
      <NativeSelect
        {...form.input('termId', t('association.structure.term'), { required: true })}
        data={termOptions}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField {...form.input('plannedDate', t('association.congress.planned'))} />
        <DateField
          {...form.input('heldDate', t('association.congress.held'))}
          description={t('association.structure.heldHelp')}
        />
      </SimpleGrid>
      <TextInput
        {...form.input('decision', t('association.congress.decision'), {
          maxLength: CONGRESS_LIMITS.decision,
        })}
      />
      <Textarea
        autosize
        minRows={2}
        {...form.input('outcome', t('association.congress.outcome'))}
        description={t('form.maxChars', { max: CONGRESS_LIMITS.outcome })}
      />
    </FormFrame>
  );
}

export function LeaderForm(props: FormProps<LeaderValues> & { terms: readonly Term[] }) {
  const { t } = useTranslation();
  const form = useStructureForm({ ...props, validate: (v) => validateLeader(v, props.terms) });
  const termOptions = useTermOptions(props.terms);
  return (
    <FormFrame
      label={props.submitLabel}
      hasErrors={form.hasErrors}
      submitting={props.submitting}
      onSubmit={form.submit}
      onCancel={props.onCancel}
    >
      <NativeSelect
        {...form.input('termId', t('association.structure.term'), { required: true })}
        data={termOptions}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          {...form.input('personName', t('association.leader.name'), {
            required: true,
            maxLength: LEADER_LIMITS.personName,
          })}
        />
        <TextInput
          {...form.input('honorific', t('association.leader.honorific'), {
            maxLength: LEADER_LIMITS.honorific,
          })}
        />
      </SimpleGrid>
      <NativeSelect
        {...form.input('role', t('association.leader.role'), { required: true })}
        data={[
          { value: '', label: t('association.structure.chooseRole'), disabled: true },
          ...LEADER_ROLES.map((r) => ({ value: r, label: t(LEADER_ROLE_LABEL[r]) })),
        ]}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField {...form.input('startDate', t('association.term.start'), { required: true })} />
        <DateField {...form.input('endDate', t('association.term.end'))} />
      </SimpleGrid>
    </FormFrame>
  );
}
