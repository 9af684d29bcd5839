import {
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/form-actions';
import { EmptyState } from '@/components/page-states';
import { useFieldErrorText } from '@/lib/form-errors';
import { formatNumber } from '@/lib/format';
import {
  LIST_LIMITS,
  addMember,
  hasListErrors,
  listTotals,
  removeMember,
  setMemberCopies,
  validateList,
  type ListFormErrors,
  type ListFormValues,
} from '../api/list-model';
import { RECIPIENT_LIMITS } from '../api/recipient-form-model';
import { ActiveBadge, KIND_LABEL } from './labels';
import { RecipientPicker } from './recipient-picker';

export interface ListEditorProps {
  initial: ListFormValues;
  submitting: boolean;
  /** Field errors from the API, shown until the next change. */
  serverErrors?: ListFormErrors;
  onSubmit: (values: ListFormValues) => void;
  onCancel?: () => void;
}

/**
 * A list's name, description and members: recipients are added by search, each may get its own
 * number of copies for this list (empty: the recipient's own), and removed. Nothing is saved until
 * the save button; the totals say what a sending to the list will take.
 */
export function ListEditor(props: ListEditorProps) {
  const { t } = useTranslation();
  const message = useFieldErrorText();
  const [values, setValues] = useState(props.initial);
  const [clientErrors, setClientErrors] = useState<ListFormErrors>({});
  const [changed, setChanged] = useState(false);
  const [serverErrorsSeen, setServerErrorsSeen] = useState(props.serverErrors);
  if (serverErrorsSeen !== props.serverErrors) {
    setServerErrorsSeen(props.serverErrors);
    setChanged(false);
  }
  const errors: ListFormErrors = changed ? clientErrors : { ...props.serverErrors, ...clientErrors };
  const change = (next: (v: ListFormValues) => ListFormValues) => {
    setValues(next);
    setChanged(true);
    setClientErrors({});
  };
  const totals = listTotals(values.members);
  const memberIds = useMemo(() => new Set(values.members.map((m) => m.recipientId)), [values.members]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateList(values);
    setClientErrors(found);
    if (hasListErrors(found)) return;
    props.onSubmit(values);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('distribution.list.save')} data-testid="list-form">
      <Stack gap="md">
        {hasListErrors(clientErrors) && (
          <Alert color="red" role="alert" data-testid="form-invalid">
            {t('form.fixErrors')}
          </Alert>
        )}
        <TextInput
          name="name"
          label={t('distribution.list.name')}
          withAsterisk
          aria-required
          maxLength={LIST_LIMITS.name}
          value={values.name}
          onChange={(e) => {
            const name = e.currentTarget.value;
            change((v) => ({ ...v, name }));
          }}
          error={message(errors.name)}
          data-testid="list-name"
        />
        <Textarea
          name="description"
          label={t('distribution.list.description')}
          autosize
          minRows={2}
          value={values.description}
          onChange={(e) => {
            const description = e.currentTarget.value;
            change((v) => ({ ...v, description }));
          }}
          error={message(errors.description)}
          data-testid="list-description"
        />

        <Stack gap="xs" component="section" aria-labelledby="members-heading">
          <Title order={2} size="h3" id="members-heading">
            {t('distribution.list.members')}
          </Title>
          <Text size="sm" data-testid="list-totals">
            {t('distribution.list.totals', {
              members: formatNumber(totals.members),
              active: formatNumber(totals.active),
              copies: formatNumber(totals.copies),
            })}
            {!totals.complete && ` ${t('distribution.list.totalsIncomplete')}`}
          </Text>
          {errors.members && (
            <Text c="red.9" size="sm" role="alert">
              {message(errors.members)}
            </Text>
          )}
          <RecipientPicker
            label={t('distribution.list.addMember')}
            description={t('distribution.list.addMemberHelp')}
            activeOnly={false}
            exclude={memberIds}
            clearOnPick
            onPick={(r) => r && change((v) => ({ ...v, members: addMember(v.members, r) }))}
            testId="add-member"
          />
          {values.members.length === 0 ? (
            <EmptyState message={t('distribution.list.noMembers')} />
          ) : (
            <Table.ScrollContainer minWidth={760}>
              <Table striped data-testid="member-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('distribution.recipient.name')}</Table.Th>
                    <Table.Th scope="col">{t('distribution.recipient.kind')}</Table.Th>
                    <Table.Th scope="col">{t('distribution.recipient.districtShort')}</Table.Th>
                    <Table.Th scope="col" miw={140}>
                      {t('distribution.recipients.status')}
                    </Table.Th>
                    <Table.Th scope="col">{t('distribution.list.copiesOverride')}</Table.Th>
                    <Table.Th scope="col">
                      <Text span size="sm" fw={700}>
                        {t('distribution.actions')}
                      </Text>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {values.members.map((m) => (
                    <Table.Tr key={m.recipientId} data-testid="member-row" data-recipient-id={m.recipientId}>
                      <Table.Td data-testid="member-name">{m.name}</Table.Td>
                      <Table.Td>{t(KIND_LABEL[m.kind])}</Table.Td>
                      <Table.Td>{m.district ?? '—'}</Table.Td>
                      <Table.Td>
                        <ActiveBadge active={m.active} />
                      </Table.Td>
                      <Table.Td>
                        <NumberInput
                          size="xs"
                          w={150}
                          aria-label={t('distribution.list.copiesFor', { name: m.name })}
                          placeholder={
                            m.defaultCopies === undefined
                              ? t('distribution.list.recipientsOwn')
                              : t('distribution.list.recipientsOwnCount', { count: m.defaultCopies })
                          }
                          min={RECIPIENT_LIMITS.copiesMin}
                          max={RECIPIENT_LIMITS.copiesMax}
                          allowDecimal={false}
                          allowNegative={false}
                          value={m.copies}
                          onChange={(c) =>
                            change((v) => ({ ...v, members: setMemberCopies(v.members, m.recipientId, c) }))
                          }
                          error={message(errors.copies?.[m.recipientId])}
                          data-testid="member-copies"
                        />
                        {!m.active && (
                          <Badge variant="outline" color="gray.7" mt={4} style={{ textTransform: 'none' }}>
                            {t('distribution.list.skippedWhenSending')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="outline"
                          color="red.9"
                          aria-label={t('distribution.list.removeNamed', { name: m.name })}
                          onClick={() =>
                            change((v) => ({ ...v, members: removeMember(v.members, m.recipientId) }))
                          }
                          data-testid="remove-member"
                        >
                          {t('distribution.list.remove')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
        <Group justify="space-between">
          <FormActions
            submitLabel={t('distribution.list.save')}
            submitting={props.submitting}
            onCancel={props.onCancel}
            testId="save-list"
          />
          {changed && (
            <Text size="sm" c="dimmed" data-testid="unsaved">
              {t('distribution.list.unsaved')}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
