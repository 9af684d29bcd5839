import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/problem';

/** Shows an error clearly: the API's localized problem (title, detail, field errors, request id) or a generic text. */
export function ProblemAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (error instanceof ApiError) {
    const { problem } = error;
    if (error.status === 429) {
      // too many requests: say plainly that it is temporary and when to try again (Retry-After)
      const seconds = error.retryAfterSeconds;
      return (
        <Alert
          color="yellow"
          title={t('error.tooManyRequestsTitle')}
          role="alert"
          data-status={429}
          data-testid="problem"
        >
          <Text size="sm">
            {seconds === undefined
              ? t('error.tooManyRequests')
              : t('error.tooManyRequestsRetry', { count: seconds })}
          </Text>
          {problem.requestId && (
            <Text size="xs" c="dimmed" mt="xs">
              {t('error.requestId', { id: problem.requestId })}
            </Text>
          )}
        </Alert>
      );
    }
    const heading =
      error.status === 403
        ? t('error.forbiddenTitle')
        : error.status === 404
          ? t('error.notFoundTitle')
          : title;
    return (
      <Alert
        color={error.status === 403 ? 'orange' : 'red'}
        title={heading ?? problem.title}
        role="alert"
        data-status={error.status}
        data-testid="problem"
      >
        {heading && heading !== problem.title && (
          <Text fw={600} size="sm">
            {problem.title}
          </Text>
        )}
        {problem.detail && <Text size="sm">{problem.detail}</Text>}
        {problem.errors && problem.errors.length > 0 && (
          <ul>
            {problem.errors.map((e) => (
              <li key={`${e.field}:${e.message}`}>
                <Text size="sm" span>
                  {e.field}: {e.message}
                </Text>
              </li>
            ))}
          </ul>
        )}
        {problem.requestId && (
          <Text size="xs" c="dimmed" mt="xs">
            {t('error.requestId', { id: problem.requestId })}
          </Text>
        )}
      </Alert>
    );
  }
  return (
    <Alert color="red" title={title ?? t('error.generic')} role="alert" data-testid="problem">
      <Text size="sm">{t('error.network')}</Text>
    </Alert>
  );
}
