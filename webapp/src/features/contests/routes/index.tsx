import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { guarded } from '@/components/guarded';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));
const ContestPage = page(() => import('./contest-page'));
const BoardPage = page(() => import('./board-page'));
const EditionCreatePage = page(() => import('./edition-create-page'));
const EditionEditorPage = page(() => import('./edition-editor-page'));
const StatisticsPage = page(() => import('./statistics-page'));
const CoordinatorsPage = page(() => import('./coordinators-page'));
const EntriesPage = page(() => import('./entries-page'));
const EntryCreatePage = page(() => import('./entry-create-page'));
const EntryPage = page(() => import('./entry-page'));
const EntryEditPage = page(() => import('./entry-edit-page'));

// The youth and children's creativity contest (Cuộc thi sáng tạo thanh thiếu niên, nhi đồng).
const p = paths.contests;
const office = (element: ReactNode) => guarded(element, ['staff', 'admin']);
const entries = (element: ReactNode) => guarded(element, ['staff', 'admin', 'contest-coordinator']);
export const contestsRoutes: RouteObject[] = [
  { path: p.current.path, element: <ContestPage /> },
  { path: p.edition.path, element: <ContestPage /> },
  { path: p.board.path, element: office(<BoardPage />) },
  { path: p.editionCreate.path, element: office(<EditionCreatePage />) },
  { path: p.editionEditor.path, element: office(<EditionEditorPage />) },
  { path: p.statistics.path, element: office(<StatisticsPage />) },
  { path: p.coordinators.path, element: office(<CoordinatorsPage />) },
  { path: p.entries.path, element: entries(<EntriesPage />) },
  { path: p.entryCreate.path, element: entries(<EntryCreatePage />) },
  { path: p.entry.path, element: entries(<EntryPage />) },
  { path: p.entryEdit.path, element: entries(<EntryEditPage />) },
];
