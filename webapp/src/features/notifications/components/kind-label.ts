import type { TFunction } from 'i18next';
import { tk } from '@/i18n';
import type { Channel } from '../api/notifications';

/** The kinds the SPA has names for (add a line with each new kind); another kind shows its code. */
const KINDS: Record<string, string> = {
  'system-message': tk('notifications.kinds.system-message'),
  'congress-due': tk('notifications.kinds.congress-due'),
  'congress-overdue': tk('notifications.kinds.congress-overdue'),
  'consultation-assigned': tk('notifications.kinds.consultation-assigned'),
  'opinion-due-soon': tk('notifications.kinds.opinion-due-soon'),
  'opinion-overdue': tk('notifications.kinds.opinion-overdue'),
  'consultation-deadline-near': tk('notifications.kinds.consultation-deadline-near'),
  'consultation-deadline-passed': tk('notifications.kinds.consultation-deadline-passed'),
  'task-progress-missing': tk('notifications.kinds.task-progress-missing'),
  'task-late': tk('notifications.kinds.task-late'),
  'contest-registration-closing': tk('notifications.kinds.contest-registration-closing'),
  'judge-entries-assigned': tk('notifications.kinds.judge-entries-assigned'),
  'scoring-deadline-near': tk('notifications.kinds.scoring-deadline-near'),
  'contest-results-published': tk('notifications.kinds.contest-results-published'),
  'event-invitation': tk('notifications.kinds.event-invitation'),
  'event-changed': tk('notifications.kinds.event-changed'),
  'event-reminder': tk('notifications.kinds.event-reminder'),
  'workshop-registration-confirmed': tk('notifications.kinds.workshop-registration-confirmed'),
  'workshop-reminder': tk('notifications.kinds.workshop-reminder'),
  'bulletin-subscription-confirm': tk('notifications.kinds.bulletin-subscription-confirm'),
  'bulletin-issue-published': tk('notifications.kinds.bulletin-issue-published'),
  'document-assigned': tk('notifications.kinds.document-assigned'),
  'document-due': tk('notifications.kinds.document-due'),
  'document-overdue': tk('notifications.kinds.document-overdue'),
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  both: tk('notifications.channels.both'),
  in_app: tk('notifications.channels.in_app'),
  email: tk('notifications.channels.email'),
  none: tk('notifications.channels.none'),
};

export function kindLabel(t: TFunction, code: string): string {
  const key = KINDS[code];
  return key ? t(key) : code;
}
