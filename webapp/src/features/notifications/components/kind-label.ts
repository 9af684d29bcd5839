import type { TFunction } from 'i18next';
import { tk } from '@/i18n';
import type { Channel } from '../api/notifications';

/** The kinds the SPA has names for (add a line with each new kind); another kind shows its code. */
const KINDS: Record<string, string> = {
  'system-message': tk('notifications.kinds.system-message'),
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
