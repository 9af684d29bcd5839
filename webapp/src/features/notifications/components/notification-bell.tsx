import { ActionIcon, Indicator, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUnreadCount } from '../api/notifications';
import { paths } from '@/config/paths';

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.73 21a2 2 0 0 1-3.46 0" />
    </svg>
  );
}

/** The header's bell: the unread count of the signed-in person's inbox, a link to it. */
export function NotificationBell() {
  const { t } = useTranslation();
  const unread = useUnreadCount(true);
  const count = unread.data ?? 0;
  const label = t('notifications.bell', { count });
  return (
    <Tooltip label={label}>
      <Indicator
        label={count > 99 ? '99+' : count}
        size={16}
        disabled={count === 0}
        color="red.9"
        offset={4}
        data-testid="notification-count"
      >
        <ActionIcon
          component={Link}
          to={paths.notifications.inbox.getHref()}
          variant="subtle"
          size="lg"
          aria-label={label}
        >
          <BellIcon />
        </ActionIcon>
      </Indicator>
    </Tooltip>
  );
}
