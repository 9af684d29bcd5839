import type { RouteObject } from 'react-router';
import { guarded } from '@/components/guarded';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));

const p = paths.programs;
const readers = guarded('admin', 'staff', 'association-officer');
export const programsRoutes: RouteObject[] = [
  { path: p.list.path, element: readers(page(() => import('./program-list-page'))) },
  { path: p.import.path, element: guarded('staff', 'admin')(page(() => import('./import-page'))) },
  { path: p.detail.path, element: readers(page(() => import('./program-page'))) },
  { path: p.report.path, element: readers(page(() => import('./report-page'))) },
  { path: p.task.path, element: readers(page(() => import('./task-page'))) },
];
