import type { RouteObject } from 'react-router';
import { guarded } from '@/components/guarded';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));
const PartnerListPage = page(() => import('./partner-list-page'));
const PartnerCreatePage = page(() => import('./partner-create-page'));
const PartnerPage = page(() => import('./partner-page'));
const PartnerEditPage = page(() => import('./partner-edit-page'));
const PartnerDeliveriesPage = page(() => import('./partner-deliveries-page'));
const MyDeliveriesPage = page(() => import('./my-deliveries-page'));
const PartnerBulletinsPage = page(() => import('./partner-bulletins-page'));

// Partner unions (Liên hiệp hội tỉnh bạn): the registry and webhook deliveries; their bulletins are public.
const p = paths.partners;
export const partnersRoutes: RouteObject[] = [
  { path: p.bulletins.path, element: <PartnerBulletinsPage /> },
  { path: p.list.path, element: guarded(<PartnerListPage />, ['staff', 'admin']) },
  { path: p.create.path, element: guarded(<PartnerCreatePage />, ['admin']) },
  { path: p.detail.path, element: guarded(<PartnerPage />, ['staff', 'admin']) },
  { path: p.edit.path, element: guarded(<PartnerEditPage />, ['admin']) },
  { path: p.deliveries.path, element: guarded(<PartnerDeliveriesPage />, ['staff', 'admin']) },
  { path: p.myDeliveries.path, element: guarded(<MyDeliveriesPage />, ['partner']) },
];
