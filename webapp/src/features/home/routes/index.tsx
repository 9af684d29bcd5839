import type { RouteObject } from 'react-router';
import { lazyPages } from '@/lib/lazy-page';

// The public home must not pull other features' code: its own chunk and strings only.
const page = lazyPages((lng) => import(`../i18n/${lng}.json`));

export const homeRoutes: RouteObject[] = [{ index: true, element: page(() => import('./home-page')) }];
