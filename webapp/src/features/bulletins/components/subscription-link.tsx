import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { useConfirmSubscription, useUnsubscribe } from '../api/subscription';
import { paths } from '@/config/paths';

/**
 * Where the links of the bulletin mails land: confirm a subscription or end it. The secret travels in the
 * query string; it is sent to the API once, by POST (a GET link must not change anything by itself being
 * fetched, e.g. by a mail scanner, so the page does the POST).
 */
export function SubscriptionLink({ action }: { action: 'confirm' | 'unsubscribe' }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useConfirmSubscription();
  const unsubscribe = useUnsubscribe();
  const mutation = action === 'confirm' ? confirm : unsubscribe;
  const sent = useRef(false);
  // written out so that the key check finds every key used
  const title =
    action === 'confirm'
      ? t('bulletinSubscription.confirm.title')
      : t('bulletinSubscription.unsubscribe.title');
  const done =
    action === 'confirm'
      ? t('bulletinSubscription.confirm.done')
      : t('bulletinSubscription.unsubscribe.done');

  useEffect(() => {
    if (!sent.current && token) {
      sent.current = true;
      mutation.mutate(token);
    }
  }, [token, mutation]);

  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{title}</Title>
      {!token ? (
        <Alert color="red" role="alert" data-testid="subscription-link-missing">
          {t('bulletinSubscription.linkMissing')}
        </Alert>
      ) : mutation.isError ? (
        <ProblemAlert error={mutation.error} />
      ) : mutation.isSuccess ? (
        <Alert color="green" role="status" data-testid={`subscription-${action}-done`}>
          {done}
        </Alert>
      ) : (
        <LoadingState />
      )}
      <Anchor component={Link} to={paths.bulletins.archive.getHref()}>
        {t('bulletinSubscription.toArchive')}
      </Anchor>
    </Stack>
  );
}
