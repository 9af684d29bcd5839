import type { RouteObject } from 'react-router';
import { guarded } from '@/components/guarded';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));

const p = paths.associations;
export const associationsRoutes: RouteObject[] = [
  { path: p.directory.path, element: page(() => import('./directory-page')) },
  { path: p.detail.path, element: page(() => import('./association-detail-page')) },
  { path: p.list.path, element: guarded()(page(() => import('./association-list-page'))) },
  {
    path: p.create.path,
    element: guarded('staff', 'admin')(page(() => import('./association-create-page'))),
  },
  // officers edit their own association: the API decides which one
  { path: p.edit.path, element: guarded()(page(() => import('./association-edit-page'))) },
];
