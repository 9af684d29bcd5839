import type { RouteObject } from 'react-router';
import { guarded } from '@/components/guarded';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));

const p = paths.notifications;
export const notificationsRoutes: RouteObject[] = [
  { path: p.inbox.path, element: guarded()(page(() => import('./inbox-page'))) },
  { path: p.preferences.path, element: guarded()(page(() => import('./preferences-page'))) },
];
