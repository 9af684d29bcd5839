import type { RouteObject } from 'react-router';
import { guarded } from '@/components/guarded';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));

const p = paths.experts;
// officers create and edit their association's experts, experts edit their own profile (the API decides)
const creators = guarded('staff', 'admin', 'association-officer');
const editors = guarded('staff', 'admin', 'association-officer', 'expert');
export const expertsRoutes: RouteObject[] = [
  { path: p.directory.path, element: page(() => import('./expert-directory-page')) },
  { path: p.create.path, element: creators(page(() => import('./expert-create-page'))) },
  { path: p.detail.path, element: page(() => import('./expert-page')) },
  { path: p.edit.path, element: editors(page(() => import('./expert-edit-page'))) },
  { path: p.myProfile.path, element: guarded('expert')(page(() => import('./my-profile-page'))) },
];
