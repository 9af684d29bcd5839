import type { RouteObject } from 'react-router';
import { guarded } from '@/components/guarded';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));
const ExpertDirectoryPage = page(() => import('./expert-directory-page'));
const ExpertPage = page(() => import('./expert-page'));
const ExpertCreatePage = page(() => import('./expert-create-page'));
const ExpertEditPage = page(() => import('./expert-edit-page'));
const MyProfilePage = page(() => import('./my-profile-page'));

const p = paths.experts;
export const expertsRoutes: RouteObject[] = [
  { path: p.directory.path, element: <ExpertDirectoryPage /> },
  { path: p.create.path, element: guarded(<ExpertCreatePage />, ['staff', 'admin', 'association-officer']) },
  { path: p.detail.path, element: <ExpertPage /> },
  {
    path: p.edit.path,
    element: guarded(<ExpertEditPage />, ['staff', 'admin', 'association-officer', 'expert']),
  },
  { path: p.myProfile.path, element: guarded(<MyProfilePage />, ['expert']) },
];
