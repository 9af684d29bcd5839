import type { RouteObject } from 'react-router';
import { guarded } from '@/components/guarded';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));
const InboxPage = page(() => import('./inbox-page'));
const PreferencesPage = page(() => import('./preferences-page'));

const p = paths.notifications;
export const notificationsRoutes: RouteObject[] = [
  { path: p.inbox.path, element: guarded(<InboxPage />) },
  { path: p.preferences.path, element: guarded(<PreferencesPage />) },
];
