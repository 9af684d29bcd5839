import type { RouteObject } from 'react-router';
import { guarded } from '@/components/guarded';
import type { Role } from '@/lib/auth/auth-context';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));
const ProgramListPage = page(() => import('./program-list-page'));
const ProgramPage = page(() => import('./program-page'));
const ImportPage = page(() => import('./import-page'));
const ReportPage = page(() => import('./report-page'));
const TaskPage = page(() => import('./task-page'));

const p = paths.programs;
const readers: Role[] = ['admin', 'staff', 'association-officer'];
export const programsRoutes: RouteObject[] = [
  { path: p.list.path, element: guarded(<ProgramListPage />, readers) },
  { path: p.import.path, element: guarded(<ImportPage />, ['staff', 'admin']) },
  { path: p.detail.path, element: guarded(<ProgramPage />, readers) },
  { path: p.report.path, element: guarded(<ReportPage />, readers) },
  { path: p.task.path, element: guarded(<TaskPage />, readers) },
];
