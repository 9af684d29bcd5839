import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { guarded } from '@/components/guarded';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));
const IssueDistributionPage = page(() => import('./issue-distribution-page'));
const RecipientsPage = page(() => import('./recipients-page'));
const RecipientCreatePage = page(() => import('./recipient-create-page'));
const RecipientEditPage = page(() => import('./recipient-edit-page'));
const ListsPage = page(() => import('./lists-page'));
const ListPage = page(() => import('./list-page'));
const TotalsPage = page(() => import('./totals-page'));

// The free distribution of the bulletin (cấp phát Tập san): the union office only.
const p = paths.distribution;
const office = (element: ReactNode) => guarded(element, ['staff', 'admin']);
export const distributionRoutes: RouteObject[] = [
  { path: p.issues.path, element: office(<IssueDistributionPage />) },
  { path: p.issue.path, element: office(<IssueDistributionPage />) },
  { path: p.recipients.path, element: office(<RecipientsPage />) },
  { path: p.recipientCreate.path, element: office(<RecipientCreatePage />) },
  { path: p.recipient.path, element: office(<RecipientEditPage />) },
  { path: p.lists.path, element: office(<ListsPage />) },
  { path: p.list.path, element: office(<ListPage />) },
  { path: p.totals.path, element: office(<TotalsPage />) },
];
