import type { RouteObject } from 'react-router';
import { guarded } from '@/components/guarded';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));

export const dashboardRoutes: RouteObject[] = [
  { path: paths.dashboard.path, element: guarded()(page(() => import('./dashboard-page'))) },
];
