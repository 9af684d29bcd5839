import type { RouteObject } from 'react-router';
import { guarded } from '@/components/guarded';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));
const DirectoryPage = page(() => import('./directory-page'));
const AssociationListPage = page(() => import('./association-list-page'));
const AssociationDetailPage = page(() => import('./association-detail-page'));
const AssociationCreatePage = page(() => import('./association-create-page'));
const AssociationEditPage = page(() => import('./association-edit-page'));

const p = paths.associations;
export const associationsRoutes: RouteObject[] = [
  { path: p.directory.path, element: <DirectoryPage /> },
  { path: p.detail.path, element: <AssociationDetailPage /> },
  { path: p.list.path, element: guarded(<AssociationListPage />) },
  { path: p.create.path, element: guarded(<AssociationCreatePage />, ['staff', 'admin']) },
  // officers edit their own association: the API decides which one
  { path: p.edit.path, element: guarded(<AssociationEditPage />) },
];
