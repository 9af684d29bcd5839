import type { RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));

const p = paths.fund;
export const fundRoutes: RouteObject[] = [
  { path: p.calls.path, element: page(() => import('./calls-page')) },
  { path: p.call.path, element: page(() => import('./call-page')) },
];
