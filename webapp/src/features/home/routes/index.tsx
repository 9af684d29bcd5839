import type { RouteObject } from 'react-router';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));
// The public home must not pull other features' code: its own chunk and strings only.
const HomePage = page(() => import('./home-page'));

export const homeRoutes: RouteObject[] = [{ index: true, element: <HomePage /> }];
