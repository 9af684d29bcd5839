import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { notifySuccess } from '@/components/notify';
import { ProblemAlert } from '@/components/problem-alert';
import { useConflict } from '@/components/use-conflict';
import { fromProvinceLocal, toProvinceLocal } from '../api/post-form-model';
import { useDeletePost, useTransitionPost, type Post, type PostStatus } from '../api/posts';
import { STATUS_LABEL } from './labels';
import { DateTimeField } from '@/components/date-fields';
import { paths } from '@/config/paths';

const ACTION_LABEL: Record<PostStatus, string> = {
  published: 'news.action.publish',
  scheduled: 'news.action.schedule',
  unpublished: 'news.action.unpublish',
  draft: 'news.action.toDraft',
};

/** The moves the API allows now (allowedTransitions): publish, schedule (province time), unpublish, back to draft; delete when not published. */
export function PostActions({ post, reload }: { post: Post; reload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const transition = useTransitionPost(post.id);
  const remove = useDeletePost();
  const conflict = useConflict(reload);
  const [error, setError] = useState<unknown>(null);
  const [scheduling, setScheduling] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [when, setWhen] = useState('');
  const whenInstant = fromProvinceLocal(when);
  const whenProblem = !whenInstant
    ? 'news.form.dateInvalid'
    : new Date(whenInstant) <= new Date()
      ? 'news.action.schedulePast'
      : undefined;

  const move = (to: PostStatus, scheduledAt?: string) => {
    setError(null);
    transition.mutate(
      { to, scheduledAt, version: post.version },
      {
        onSuccess: () => {
          setScheduling(false);
          notifySuccess(t('news.action.done', { status: t(STATUS_LABEL[to]) }));
        },
        onError: (e) => conflict.handle(e, setError),
      },
    );
  };

  return (
    <Stack gap="xs">
      {error ? <ProblemAlert error={error} /> : null}
      <Group gap="sm">
        {[...post.allowedTransitions]
          .sort((a, b) => (a === 'published' ? -1 : b === 'published' ? 1 : 0))
          .map((to) => (
            <Button
              key={to}
              variant={to === 'published' ? 'filled' : 'default'}
              loading={transition.isPending && transition.variables?.to === to}
              onClick={() => {
                if (to === 'scheduled') {
                  setWhen(
                    toProvinceLocal(new Date(Date.now() + 24 * 3600_000).toISOString()).slice(0, 11) +
                      '08:00',
                  );
                  setScheduling(true);
                } else move(to);
              }}
              data-testid={`move-${to}`}
            >
              {t(ACTION_LABEL[to])}
            </Button>
          ))}
        {post.status !== 'published' && (
          <Button variant="subtle" color="red" onClick={() => setDeleting(true)} data-testid="delete-post">
            {t('common.delete')}
          </Button>
        )}
      </Group>
      <Modal opened={scheduling} onClose={() => setScheduling(false)} title={t('news.action.schedule')}>
        <Stack gap="sm">
          <DateTimeField
            label={t('news.action.scheduleAt')}
            description={t('news.form.provinceTime')}
            value={when}
            onChange={(e) => setWhen(e.currentTarget.value)}
            error={when && whenProblem ? t(whenProblem) : undefined}
            data-testid="schedule-at"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setScheduling(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              disabled={whenProblem !== undefined}
              loading={transition.isPending}
              onClick={() => move('scheduled', whenInstant)}
              data-testid="confirm-schedule"
            >
              {t('news.action.schedule')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <ConfirmDialog
        opened={deleting}
        title={t('news.action.deleteTitle')}
        body={<Text>{t('news.action.deleteMessage', { title: post.title })}</Text>}
        confirmLabel={t('common.delete')}
        confirmColor="red.8"
        busy={remove.isPending}
        onClose={() => setDeleting(false)}
        confirmTestId="confirm-delete"
        onConfirm={() =>
          remove.mutate(
            { id: post.id, version: post.version },
            {
              onSuccess: () => {
                notifySuccess(t('news.action.deleted'));
                void navigate(paths.news.board.getHref());
              },
              onError: (e) => {
                setDeleting(false);
                conflict.handle(e, setError);
              },
            },
          )
        }
      />
      {conflict.dialog}
    </Stack>
  );
}
