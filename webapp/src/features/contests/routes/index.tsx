import type { RouteObject } from 'react-router';
import { guarded } from '@/components/guarded';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));

// The youth and children's creativity contest (Cuộc thi sáng tạo thanh thiếu niên, nhi đồng).
const p = paths.contests;
const office = guarded('staff', 'admin');
const entries = guarded('staff', 'admin', 'contest-coordinator');
export const contestsRoutes: RouteObject[] = [
  { path: p.current.path, element: page(() => import('./contest-page')) },
  { path: p.edition.path, element: page(() => import('./contest-page')) },
  { path: p.board.path, element: office(page(() => import('./board-page'))) },
  { path: p.editionCreate.path, element: office(page(() => import('./edition-create-page'))) },
  { path: p.editionEditor.path, element: office(page(() => import('./edition-editor-page'))) },
  { path: p.statistics.path, element: office(page(() => import('./statistics-page'))) },
  { path: p.coordinators.path, element: office(page(() => import('./coordinators-page'))) },
  { path: p.entries.path, element: entries(page(() => import('./entries-page'))) },
  { path: p.entryCreate.path, element: entries(page(() => import('./entry-create-page'))) },
  { path: p.entry.path, element: entries(page(() => import('./entry-page'))) },
  { path: p.entryEdit.path, element: entries(page(() => import('./entry-edit-page'))) },
];
