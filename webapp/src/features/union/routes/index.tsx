import type { RouteObject } from 'react-router';
import { guarded } from '@/components/guarded';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));

export const unionRoutes: RouteObject[] = [
  { path: paths.union.settings.path, element: guarded('admin')(page(() => import('./union-settings-page'))) },
];
