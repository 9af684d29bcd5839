import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/form-actions';
import { notifySuccess } from '@/components/notify';
import { useConflict } from '@/components/use-conflict';
import { useTransitionEntry } from '../api/entries';
import { type Entry, type EntryStatus } from '../api/contests';
import { ContestProblem } from './contest-problem';
import { ENTRY_STATUS_LABEL, TRANSITION_LABEL } from './labels';

/** Which moves this UI offers: the API's allowedTransitions (dates and the caller's role considered). */
export function offeredTransitions(entry: Pick<Entry, 'allowedTransitions'>): EntryStatus[] {
  const order: EntryStatus[] = ['submitted', 'eligible', 'rejected', 'draft'];
  return order.filter((s) => entry.allowedTransitions.includes(s));
}

/** The workflow buttons of an entry; rejecting asks for the reason. */
export function EntryActions({ entry: e, reload }: { entry: Entry; reload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const transition = useTransitionEntry(e.id);
  const conflict = useConflict(reload);
  const [error, setError] = useState<unknown>(null);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const offered = offeredTransitions(e);

  const run = (status: EntryStatus, why?: string) => {
    setError(null);
    transition.mutate(
      { status, reason: why, version: e.version },
      {
        onSuccess: (saved) => {
          notifySuccess(t('contests.entry.moved', { status: t(ENTRY_STATUS_LABEL[saved.status]) }));
          setRejecting(false);
        },
        onError: (err) => conflict.handle(err, setError),
      },
    );
  };

  if (offered.length === 0) return null;
  return (
    <Stack gap="xs">
      {error && !rejecting ? <ContestProblem error={error} /> : null}
      <Group gap="sm" data-testid="entry-actions">
        {offered.map((s) => (
          <Button
            key={s}
            variant={s === 'submitted' || s === 'eligible' ? 'filled' : 'default'}
            color={s === 'rejected' ? 'red.8' : undefined}
            loading={transition.isPending && transition.variables?.status === s}
            onClick={() => (s === 'rejected' ? setRejecting(true) : run(s))}
            data-testid={`transition-${s}`}
          >
            {t(TRANSITION_LABEL[s])}
          </Button>
        ))}
      </Group>
      <Modal
        opened={rejecting}
        onClose={() => setRejecting(false)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={t('contests.entry.rejectTitle')}
        centered
      >
        <form
          noValidate
          onSubmit={(ev) => {
            ev.preventDefault();
            if (!reason.trim()) {
              setReasonError(t('validation.required'));
              return;
            }
            run('rejected', reason.trim());
          }}
        >
          <Stack>
            {error ? <ContestProblem error={error} /> : null}
            <Textarea
              label={t('contests.entry.rejectionReason')}
              withAsterisk
              autosize
              minRows={3}
              maxLength={2000}
              value={reason}
              error={reasonError}
              onChange={(ev) => {
                setReason(ev.currentTarget.value);
                setReasonError(undefined);
              }}
              data-testid="reject-reason"
            />
            <FormActions
              submitLabel={t('contests.transition.rejected')}
              submitting={transition.isPending}
              onCancel={() => setRejecting(false)}
              testId="confirm-reject"
            />
          </Stack>
        </form>
      </Modal>
      {conflict.dialog}
    </Stack>
  );
}
