import type { RouteObject } from 'react-router';
import { guarded } from '@/components/guarded';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));
const ArchivePage = page(() => import('./archive-page'));
const IssuePage = page(() => import('./issue-page'));
const BoardPage = page(() => import('./board-page'));
const IssueCreatePage = page(() => import('./issue-create-page'));
const IssueEditorPage = page(() => import('./issue-editor-page'));
const ArticleCreatePage = page(() => import('./article-create-page'));
const ArticlePage = page(() => import('./article-page'));
const SubscriptionConfirmPage = page(() => import('./subscription-confirm-page'));
const SubscriptionUnsubscribePage = page(() => import('./subscription-unsubscribe-page'));

const p = paths.bulletins;
export const bulletinsRoutes: RouteObject[] = [
  { path: p.archive.path, element: <ArchivePage /> },
  { path: p.issue.path, element: <IssuePage /> },
  { path: p.subscriptionConfirm.path, element: <SubscriptionConfirmPage /> },
  { path: p.subscriptionUnsubscribe.path, element: <SubscriptionUnsubscribePage /> },
  { path: p.board.path, element: guarded(<BoardPage />, ['staff', 'admin']) },
  { path: p.issueCreate.path, element: guarded(<IssueCreatePage />, ['staff', 'admin']) },
  { path: p.issueEditor.path, element: guarded(<IssueEditorPage />, ['staff', 'admin']) },
  { path: p.articleCreate.path, element: guarded(<ArticleCreatePage />, ['staff', 'admin']) },
  { path: p.article.path, element: guarded(<ArticlePage />, ['staff', 'admin']) },
];
