import { useTranslation } from 'react-i18next';
import { StatusBadge } from '@/components/status-badge';
import { tk } from '@/i18n';
import type { DeliveryStatus, WebhookAttempt, WebhookEvent } from '../api/partners';

export const EVENT_LABEL: Record<WebhookEvent, string> = {
  issue_published: tk('partners.event.issue_published'),
  issue_updated: tk('partners.event.issue_updated'),
  issue_withdrawn: tk('partners.event.issue_withdrawn'),
};

export const DELIVERY_STATUS_LABEL: Record<DeliveryStatus, string> = {
  pending: tk('partners.deliveryStatus.pending'),
  succeeded: tk('partners.deliveryStatus.succeeded'),
  failed: tk('partners.deliveryStatus.failed'),
  cancelled: tk('partners.deliveryStatus.cancelled'),
};

const STATUS_COLOR: Record<DeliveryStatus, string> = {
  pending: 'yellow',
  succeeded: 'teal',
  failed: 'red',
  cancelled: 'gray',
};

/** The dot carries the colour, the label keeps the text colour (contrast). */
export function DeliveryStatusBadge({ status }: { status: DeliveryStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge color={STATUS_COLOR[status]} testId="delivery-status" value={status}>
      {t(DELIVERY_STATUS_LABEL[status])}
    </StatusBadge>
  );
}

export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <StatusBadge
      color={active ? 'teal' : 'gray'}
      testId="partner-active"
      value={active}
      valueAttribute="data-active"
    >
      {active ? t('partners.active') : t('partners.inactive')}
    </StatusBadge>
  );
}

/** An attempt succeeded when the partner answered 2xx. */
export function attemptSucceeded(a: Pick<WebhookAttempt, 'httpStatus' | 'error'>): boolean {
  return a.httpStatus !== undefined && a.httpStatus >= 200 && a.httpStatus < 300 && !a.error;
}

/** "HTTP 503", "HTTP 200", or the error (connection refused, timeout…). */
export function attemptOutcome(a: Pick<WebhookAttempt, 'httpStatus' | 'error'>): string {
  const parts: string[] = [];
  if (a.httpStatus !== undefined) parts.push(`HTTP ${a.httpStatus}`);
  if (a.error) parts.push(a.error);
  return parts.join(' · ') || '—';
}
