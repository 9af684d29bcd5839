import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { notifySuccess } from '@/components/notify';
import { ProblemAlert } from '@/components/problem-alert';
import { ReasonDialog } from '@/components/reason-dialog';
import { useConflict } from '@/components/use-conflict';
import { ApiError, isApiError } from '@/lib/api/problem';
import { useDeleteIssue, useTransitionIssue, type Issue, type IssueStatus } from '../api/bulletins';
import {
  canDeleteIssue,
  defaultScheduleLocal,
  provinceLocalToInstant,
  scheduleProblem,
  transitionActions,
  type TransitionAction,
} from '../api/workflow';
import { STATUS_LABEL } from './labels';
import { DateTimeField } from '@/components/date-fields';
import { paths } from '@/config/paths';

type Dialog = 'publish' | 'schedule' | 'withdraw' | 'delete' | null;

/**
 * The editorial workflow's buttons for the moves the API allows now (allowedTransitions): sending to
 * review and back at once; publishing after a confirmation; scheduling with a date and time (province
 * time); withdrawing with a reason; deleting a draft after a confirmation.
 */
export function IssueActions({ issue, reload }: { issue: Issue; reload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const transition = useTransitionIssue(issue.id);
  const remove = useDeleteIssue();
  const conflict = useConflict(reload);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [error, setError] = useState<unknown>(null);
  const [when, setWhen] = useState('');
  const [checked, setChecked] = useState(false);
  const actions = transitionActions(issue.status, issue.allowedTransitions, issue.pdf != null);
  const fields = error instanceof ApiError ? error.fieldErrors() : {};

  const open = (d: Dialog) => {
    setError(null);
    setChecked(false);
    if (d === 'schedule') setWhen(defaultScheduleLocal());
    setDialog(d);
  };
  const close = () => setDialog(null);

  const move = (to: IssueStatus, extra: { reason?: string; scheduledAt?: string } = {}) => {
    setError(null);
    transition.mutate(
      { to, ...extra, version: issue.version },
      {
        onSuccess: () => {
          close();
          notifySuccess(t('bulletins.transition.done', { status: t(STATUS_LABEL[to]) }));
        },
        onError: (e) => {
          // Changed by someone else: the dialog's choice no longer applies; the conflict dialog explains.
          if (isApiError(e, 412)) close();
          conflict.handle(e, setError);
        },
      },
    );
  };

  const click = (a: TransitionAction) => {
    switch (a.kind) {
      case 'confirm':
        return open('publish');
      case 'schedule':
        return open('schedule');
      case 'withdraw':
        return open('withdraw');
      default:
        return move(a.to);
    }
  };

  const whenProblem = checked ? scheduleProblem(when) : undefined;
  const deletable = canDeleteIssue(issue.status);
  if (actions.length === 0 && !deletable) return null;

  return (
    <Stack gap="xs">
      {error && dialog === null ? <ProblemAlert error={error} /> : null}
      <Group gap="sm" wrap="wrap" data-testid="transitions">
        {actions.map((a) => (
          <Button
            key={a.to}
            variant={a.emphasis === 'primary' ? 'filled' : a.emphasis === 'danger' ? 'outline' : 'default'}
            color={a.emphasis === 'danger' ? 'red.9' : undefined}
            disabled={a.disabled || transition.isPending}
            loading={transition.isPending && transition.variables?.to === a.to && dialog === null}
            onClick={() => click(a)}
            data-testid={`transition-${a.to}`}
          >
            {t(a.label)}
          </Button>
        ))}
        {deletable && (
          <Button
            variant="outline"
            color="red.9"
            onClick={() => open('delete')}
            disabled={transition.isPending}
            data-testid="delete-issue"
          >
            {t('bulletins.delete.button')}
          </Button>
        )}
      </Group>
      {actions.some((a) => a.disabled) && (
        <Text size="sm" c="dimmed" data-testid="needs-pdf">
          {t('bulletins.transition.needsPdf')}
        </Text>
      )}

      <ConfirmDialog
        opened={dialog === 'publish'}
        title={t('bulletins.publish.title')}
        body={t('bulletins.publish.body', { title: issue.title })}
        confirmLabel={t('bulletins.publish.confirm')}
        busy={transition.isPending}
        error={dialog === 'publish' ? error : null}
        onConfirm={() => move('published')}
        onClose={close}
        testId="publish-dialog"
        confirmTestId="confirm-publish"
      />

      <Modal
        opened={dialog === 'schedule'}
        onClose={close}
        title={t('bulletins.schedule.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        centered
      >
        <Stack gap="sm">
          <Text size="sm">{t('bulletins.schedule.body')}</Text>
          {error && !fields.scheduledAt ? <ProblemAlert error={error} /> : null}
          <DateTimeField
            label={t('bulletins.schedule.when')}
            description={t('bulletins.schedule.timeZone')}
            required
            value={when}
            onChange={(e) => setWhen(e.currentTarget.value)}
            error={
              fields.scheduledAt ??
              (whenProblem === 'required'
                ? t('validation.required')
                : whenProblem === 'past'
                  ? t('bulletins.schedule.past')
                  : undefined)
            }
            data-testid="schedule-at"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              loading={transition.isPending}
              onClick={() => {
                setChecked(true);
                if (scheduleProblem(when)) return;
                move('scheduled', { scheduledAt: provinceLocalToInstant(when) });
              }}
              data-testid="confirm-schedule"
            >
              {t('bulletins.schedule.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>

      <ReasonDialog
        opened={dialog === 'withdraw'}
        onClose={close}
        title={t('bulletins.withdraw.title')}
        body={t('bulletins.withdraw.body')}
        reasonLabel={t('bulletins.withdraw.reason')}
        confirmLabel={t('bulletins.withdraw.confirm')}
        busy={transition.isPending}
        error={error}
        onConfirm={(reason) => move('withdrawn', { reason })}
        testId="withdraw-reason"
        confirmTestId="confirm-withdraw"
      />

      <ConfirmDialog
        opened={dialog === 'delete'}
        title={t('bulletins.delete.title')}
        body={t('bulletins.delete.body', { title: issue.title })}
        confirmLabel={t('bulletins.delete.confirm')}
        confirmColor="red.9"
        busy={remove.isPending}
        error={dialog === 'delete' ? error : null}
        onConfirm={() => {
          setError(null);
          remove.mutate(
            { id: issue.id, version: issue.version },
            {
              onSuccess: () => {
                close();
                notifySuccess(t('bulletins.delete.done', { title: issue.title }));
                void navigate(paths.bulletins.board.getHref());
              },
              onError: (e) => {
                if (isApiError(e, 412)) close();
                conflict.handle(e, setError);
              },
            },
          );
        }}
        onClose={close}
        testId="delete-dialog"
        confirmTestId="confirm-delete"
      />
      {conflict.dialog}
    </Stack>
  );
}
