import type { RouteObject } from 'react-router';
import { guarded } from '@/components/guarded';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));

const p = paths.bulletins;
const office = guarded('staff', 'admin');
export const bulletinsRoutes: RouteObject[] = [
  { path: p.archive.path, element: page(() => import('./archive-page')) },
  { path: p.issue.path, element: page(() => import('./issue-page')) },
  { path: p.subscriptionConfirm.path, element: page(() => import('./subscription-confirm-page')) },
  { path: p.subscriptionUnsubscribe.path, element: page(() => import('./subscription-unsubscribe-page')) },
  { path: p.board.path, element: office(page(() => import('./board-page'))) },
  { path: p.issueCreate.path, element: office(page(() => import('./issue-create-page'))) },
  { path: p.issueEditor.path, element: office(page(() => import('./issue-editor-page'))) },
  { path: p.articleCreate.path, element: office(page(() => import('./article-create-page'))) },
  { path: p.article.path, element: office(page(() => import('./article-page'))) },
];
