import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '@/components/notify';
import { ProblemAlert } from '@/components/problem-alert';
import { ReasonDialog } from '@/components/reason-dialog';
import { useConflict } from '@/components/use-conflict';
import { useTransition, type Consultation, type ConsultationStatus } from '../api/consultations';
import { STATUS_LABEL, TRANSITION_LABEL } from './labels';

/** The workflow moves the API allows now (allowedTransitions), as buttons; cancelling asks for a reason. */
export function StatusActions({
  consultation,
  reload,
}: {
  consultation: Consultation;
  reload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const transition = useTransition(consultation.id);
  const [error, setError] = useState<unknown>(null);
  const [cancelling, setCancelling] = useState(false);
  const conflict = useConflict(reload);

  const move = (to: ConsultationStatus, why?: string) => {
    setError(null);
    transition.mutate(
      { to, reason: why, version: consultation.version },
      {
        onSuccess: () => {
          setCancelling(false);
          notifySuccess(t('consultations.transition.done', { status: t(STATUS_LABEL[to]) }));
        },
        onError: (e) => conflict.handle(e, setError),
      },
    );
  };

  const moves = consultation.allowedTransitions.filter((s) => s !== 'cancelled');
  const canCancel = consultation.allowedTransitions.includes('cancelled');
  if (moves.length === 0 && !canCancel) return null;

  return (
    <Stack gap="xs">
      {error && !cancelling ? <ProblemAlert error={error} /> : null}
      <Group gap="sm" wrap="wrap" data-testid="transitions">
        {moves.map((to) => (
          <Button
            key={to}
            variant={
              to === 'experts_assigned' && consultation.status === 'opinions_collected' ? 'default' : 'filled'
            }
            loading={transition.isPending && transition.variables?.to === to}
            disabled={transition.isPending}
            onClick={() => move(to)}
            data-testid={`transition-${to}`}
          >
            {t(TRANSITION_LABEL[to])}
          </Button>
        ))}
        {canCancel && (
          <Button
            variant="outline"
            color="red.9"
            disabled={transition.isPending}
            onClick={() => setCancelling(true)}
            data-testid="transition-cancelled"
          >
            {t(TRANSITION_LABEL.cancelled)}
          </Button>
        )}
      </Group>
      <ReasonDialog
        opened={cancelling}
        onClose={() => setCancelling(false)}
        title={t('consultations.cancel.title')}
        body={t('consultations.cancel.body')}
        reasonLabel={t('consultations.cancel.reason')}
        confirmLabel={t('consultations.cancel.confirm')}
        busy={transition.isPending}
        error={error}
        onConfirm={(reason) => move('cancelled', reason)}
        testId="cancel-reason"
        confirmTestId="confirm-cancel"
      />
      {conflict.dialog}
    </Stack>
  );
}
