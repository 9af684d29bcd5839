import type { RouteObject } from 'react-router';
import { guarded } from '@/components/guarded';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));
const NewsPage = page(() => import('./news-page'));
const PostPage = page(() => import('./post-page'));
const NewsBoardPage = page(() => import('./news-board-page'));
const PostCreatePage = page(() => import('./post-create-page'));
const PostEditorPage = page(() => import('./post-editor-page'));

const p = paths.news;
export const newsRoutes: RouteObject[] = [
  { path: p.list.path, element: <NewsPage /> },
  { path: p.post.path, element: <PostPage /> },
  { path: p.board.path, element: guarded(<NewsBoardPage />, ['staff', 'admin']) },
  { path: p.create.path, element: guarded(<PostCreatePage />, ['staff', 'admin']) },
  { path: p.editor.path, element: guarded(<PostEditorPage />, ['staff', 'admin']) },
];
