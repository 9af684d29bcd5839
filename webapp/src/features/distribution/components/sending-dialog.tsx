import {
  Alert,
  Button,
  Group,
  List,
  Modal,
  NativeSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/form-actions';
import { notifySuccess } from '@/components/notify';
import { ProblemAlert } from '@/components/problem-alert';
import { useConflict } from '@/components/use-conflict';
import { tk } from '@/i18n';
import { newIdempotencyKey } from '@/lib/api/client';
import { ApiError, isApiError } from '@/lib/api/problem';
import { useFieldErrorText } from '@/lib/form-errors';
import { formatNumber, todayInProvince } from '@/lib/format';
import {
  DELIVERY_METHODS,
  useDistributionLists,
  useRecordDistribution,
  useSendToList,
  useUpdateRecord,
  type BatchResult,
  type DeliveryMethod,
  type DistributionRecord,
  type Recipient,
} from '../api/distribution';
import { RECIPIENT_LIMITS } from '../api/recipient-form-model';
import {
  NOTE_MAX,
  fromRecord,
  newSending,
  sendingFieldErrors,
  toBatchInput,
  toRecordInput,
  toRecordUpdate,
  validateSending,
  type SendingErrors,
  type SendingField,
  type SendingMode,
  type SendingValues,
} from '../api/record-form-model';
import { KIND_LABEL, METHOD_LABEL, SKIP_LABEL } from './labels';
import { RecipientPicker } from './recipient-picker';
import { DateField } from '@/components/date-fields';

const TITLE: Record<SendingMode, string> = {
  record: tk('distribution.sending.recordTitle'),
  batch: tk('distribution.sending.batchTitle'),
  correct: tk('distribution.sending.correctTitle'),
};
const SUBMIT: Record<SendingMode, string> = {
  record: tk('distribution.sending.recordSubmit'),
  batch: tk('distribution.sending.batchSubmit'),
  correct: tk('distribution.sending.correctSubmit'),
};

/**
 * Records copies of the issue: sent to one recipient (record), to every active member of a list
 * (batch: then shows what was recorded and what was skipped), or corrects a record (correct: If-Match,
 * a 412 opens the conflict dialog).
 */
export function SendingDialog({
  issueId,
  mode,
  record,
  onClose,
  reload,
}: {
  issueId: string;
  /** null: closed. */
  mode: SendingMode | null;
  /** The record being corrected (mode "correct"). */
  record?: DistributionRecord;
  onClose: () => void;
  reload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [result, setResult] = useState<BatchResult | null>(null);
  const conflict = useConflict(reload);
  const close = () => {
    setResult(null);
    onClose();
  };
  return (
    <>
      <Modal
        opened={mode !== null}
        onClose={close}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={mode ? t(TITLE[mode]) : ''}
        size="lg"
        centered
        data-testid="sending-dialog"
      >
        {mode !== null &&
          (result ? (
            <BatchResultView result={result} onClose={close} />
          ) : (
            <SendingForm
              key={`${mode}:${record?.id ?? ''}:${record?.version ?? ''}`}
              issueId={issueId}
              mode={mode}
              record={record}
              onCancel={close}
              onBatchDone={setResult}
              onDone={close}
              onConflict={(e) => {
                close();
                conflict.handle(e);
              }}
            />
          ))}
      </Modal>
      {conflict.dialog}
    </>
  );
}

function SendingForm({
  issueId,
  mode,
  record,
  onCancel,
  onDone,
  onBatchDone,
  onConflict,
}: {
  issueId: string;
  mode: SendingMode;
  record?: DistributionRecord;
  onCancel: () => void;
  onDone: () => void;
  onBatchDone: (result: BatchResult) => void;
  onConflict: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const message = useFieldErrorText();
  const today = todayInProvince();
  const [values, setValues] = useState<SendingValues>(() =>
    mode === 'correct' && record ? fromRecord(record) : newSending(today),
  );
  const [recipient, setRecipient] = useState<Recipient | null>(null);
  const [errors, setErrors] = useState<SendingErrors>({});
  const [error, setError] = useState<unknown>(null);
  const single = useRecordDistribution(issueId);
  const batch = useSendToList(issueId);
  const correct = useUpdateRecord(issueId);
  const lists = useDistributionLists({ page: 1, size: 100 });
  const submitting = single.isPending || batch.isPending || correct.isPending;

  const set = <K extends SendingField>(field: K, value: SendingValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const failed = (e: unknown) => {
    if (isApiError(e, 412)) return onConflict(e);
    setErrors(e instanceof ApiError ? sendingFieldErrors(e.fieldErrors()).byField : {});
    setError(e);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateSending(values, mode, today);
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    setError(null);
    if (mode === 'batch') {
      batch.mutate(
        { body: toBatchInput(values), idempotencyKey: newIdempotencyKey() },
        { onSuccess: onBatchDone, onError: failed },
      );
    } else if (mode === 'record') {
      single.mutate(
        { body: toRecordInput(values), idempotencyKey: newIdempotencyKey() },
        {
          onSuccess: (saved) => {
            notifySuccess(
              t('distribution.sending.recorded', {
                name: saved.recipientName,
                copies: formatNumber(saved.copies),
              }),
            );
            onDone();
          },
          onError: failed,
        },
      );
    } else if (record) {
      correct.mutate(
        { recordId: record.id, body: toRecordUpdate(values), version: record.version },
        {
          onSuccess: (saved) => {
            notifySuccess(t('distribution.sending.corrected', { name: saved.recipientName }));
            onDone();
          },
          onError: failed,
        },
      );
    }
  };

  const listOptions = (lists.data?.items ?? []).map((l) => ({
    value: l.id,
    label: t('distribution.sending.listOption', {
      name: l.name,
      active: formatNumber(l.activeMemberCount),
      copies: formatNumber(l.copies),
    }),
  }));

  return (
    <form onSubmit={submit} noValidate aria-label={t(TITLE[mode])} data-testid={`sending-form-${mode}`}>
      <Stack gap="sm">
        {error ? <ProblemAlert error={error} /> : null}
        {mode === 'batch' && (
          <>
            <Text size="sm">{t('distribution.sending.batchHelp')}</Text>
            <Select
              label={t('distribution.sending.list')}
              placeholder={t('distribution.sending.listPlaceholder')}
              withAsterisk
              aria-required
              searchable
              nothingFoundMessage={
                lists.isFetching ? t('distribution.picker.searching') : t('distribution.lists.none')
              }
              data={listOptions}
              value={values.listId || null}
              onChange={(id) => set('listId', id ?? '')}
              error={message(errors.listId)}
              data-testid="sending-list"
            />
          </>
        )}
        {mode === 'record' && (
          <RecipientPicker
            label={t('distribution.sending.recipient')}
            description={t('distribution.sending.recipientHelp')}
            activeOnly
            required
            value={recipient}
            onPick={(r) => {
              setRecipient(r);
              set('recipientId', r?.id ?? '');
            }}
            error={message(errors.recipientId)}
            testId="sending-recipient"
          />
        )}
        {mode === 'correct' && record && (
          <Text data-testid="sending-recipient-name">
            {t('distribution.sending.recipientFixed', {
              name: record.recipientName,
              kind: t(KIND_LABEL[record.recipientKind]),
            })}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: mode === 'batch' ? 2 : 3 }}>
          {mode !== 'batch' && (
            <NumberInput
              name="copies"
              label={t('distribution.sending.copies')}
              description={mode === 'record' ? t('distribution.sending.copiesHelp') : undefined}
              placeholder={recipient ? String(recipient.copies) : undefined}
              withAsterisk={mode === 'correct'}
              min={RECIPIENT_LIMITS.copiesMin}
              max={RECIPIENT_LIMITS.copiesMax}
              allowDecimal={false}
              allowNegative={false}
              value={values.copies}
              onChange={(v) => set('copies', v)}
              error={message(errors.copies)}
              data-testid="sending-copies"
            />
          )}
          <DateField
            name="sentOn"
            label={t('distribution.sending.sentOn')}
            withAsterisk
            aria-required
            max={today}
            value={values.sentOn}
            onChange={(e) => set('sentOn', e.currentTarget.value)}
            error={message(errors.sentOn)}
            data-testid="sending-date"
          />
          <NativeSelect
            name="method"
            label={t('distribution.sending.method')}
            value={values.method}
            onChange={(e) => set('method', e.currentTarget.value as DeliveryMethod)}
            data={DELIVERY_METHODS.map((m) => ({ value: m, label: t(METHOD_LABEL[m]) }))}
            error={message(errors.method)}
            data-testid="sending-method"
          />
        </SimpleGrid>
        <Textarea
          name="note"
          label={t('distribution.sending.note')}
          autosize
          minRows={2}
          maxLength={NOTE_MAX}
          value={values.note}
          onChange={(e) => set('note', e.currentTarget.value)}
          error={message(errors.note)}
          data-testid="sending-note"
        />
        <FormActions
          submitLabel={t(SUBMIT[mode])}
          submitting={submitting}
          onCancel={onCancel}
          testId="sending-submit"
        />
      </Stack>
    </form>
  );
}

/** What sending to a list did: the records made, the members skipped and why, the issue's new totals. */
export function BatchResultView({ result, onClose }: { result: BatchResult; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="batch-result">
      <Alert
        color={result.created.length > 0 ? 'teal' : 'yellow'}
        role="status"
        title={
          result.created.length > 0
            ? t('distribution.batch.created', {
                count: result.created.length,
                formatted: formatNumber(result.created.length),
                copies: formatNumber(result.createdCopies),
              })
            : t('distribution.batch.nothingNew')
        }
        data-testid="batch-summary"
        data-created={result.created.length}
        data-skipped={result.skipped.length}
      >
        {t('distribution.batch.issueTotals', {
          recipients: formatNumber(result.issueRecipients),
          copies: formatNumber(result.issueCopies),
        })}
      </Alert>
      {result.created.length > 0 && (
        <section aria-labelledby="batch-created">
          <Text fw={600} id="batch-created">
            {t('distribution.batch.createdHeading', { count: result.created.length })}
          </Text>
          <List size="sm" data-testid="batch-created">
            {result.created.map((r) => (
              <List.Item key={r.id}>
                {t('distribution.batch.createdItem', {
                  name: r.recipientName,
                  copies: formatNumber(r.copies),
                })}
              </List.Item>
            ))}
          </List>
        </section>
      )}
      {result.skipped.length > 0 && (
        <section aria-labelledby="batch-skipped">
          <Text fw={600} id="batch-skipped">
            {t('distribution.batch.skippedHeading', { count: result.skipped.length })}
          </Text>
          <List size="sm" data-testid="batch-skipped">
            {result.skipped.map((s) => (
              <List.Item key={s.recipientId} data-reason={s.reason}>
                {s.recipientName}: {t(SKIP_LABEL[s.reason])}
              </List.Item>
            ))}
          </List>
        </section>
      )}
      <Group justify="flex-end">
        <Button onClick={onClose} data-testid="batch-close">
          {t('common.close')}
        </Button>
      </Group>
    </Stack>
  );
}
