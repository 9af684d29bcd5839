import type { RouteObject } from 'react-router';
import { guarded } from '@/components/guarded';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));

// Partner unions (Liên hiệp hội tỉnh bạn): the registry and webhook deliveries; their bulletins are public.
const p = paths.partners;
const office = guarded('staff', 'admin');
export const partnersRoutes: RouteObject[] = [
  { path: p.bulletins.path, element: page(() => import('./partner-bulletins-page')) },
  { path: p.list.path, element: office(page(() => import('./partner-list-page'))) },
  { path: p.create.path, element: guarded('admin')(page(() => import('./partner-create-page'))) },
  { path: p.detail.path, element: office(page(() => import('./partner-page'))) },
  { path: p.edit.path, element: guarded('admin')(page(() => import('./partner-edit-page'))) },
  { path: p.deliveries.path, element: office(page(() => import('./partner-deliveries-page'))) },
  { path: p.myDeliveries.path, element: guarded('partner')(page(() => import('./my-deliveries-page'))) },
];
