import type { RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));

export const authRoutes: RouteObject[] = [
  { path: paths.auth.callback.path, element: page(() => import('./signin-callback-page')) },
];
