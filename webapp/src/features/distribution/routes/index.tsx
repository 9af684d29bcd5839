import type { RouteObject } from 'react-router';
import { guarded } from '@/components/guarded';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));

// The free distribution of the bulletin (cấp phát Tập san): the union office only.
const p = paths.distribution;
const office = guarded('staff', 'admin');
export const distributionRoutes: RouteObject[] = [
  { path: p.issues.path, element: office(page(() => import('./issue-distribution-page'))) },
  { path: p.issue.path, element: office(page(() => import('./issue-distribution-page'))) },
  { path: p.recipients.path, element: office(page(() => import('./recipients-page'))) },
  { path: p.recipientCreate.path, element: office(page(() => import('./recipient-create-page'))) },
  { path: p.recipient.path, element: office(page(() => import('./recipient-edit-page'))) },
  { path: p.lists.path, element: office(page(() => import('./lists-page'))) },
  { path: p.list.path, element: office(page(() => import('./list-page'))) },
  { path: p.totals.path, element: office(page(() => import('./totals-page'))) },
];
