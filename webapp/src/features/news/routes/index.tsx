import type { RouteObject } from 'react-router';
import { guarded } from '@/components/guarded';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));

const p = paths.news;
const office = guarded('staff', 'admin');
export const newsRoutes: RouteObject[] = [
  { path: p.list.path, element: page(() => import('./news-page')) },
  { path: p.post.path, element: page(() => import('./post-page')) },
  { path: p.board.path, element: office(page(() => import('./news-board-page'))) },
  { path: p.create.path, element: office(page(() => import('./post-create-page'))) },
  { path: p.editor.path, element: office(page(() => import('./post-editor-page'))) },
];
