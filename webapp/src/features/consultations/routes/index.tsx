import type { RouteObject } from 'react-router';
import { guarded } from '@/components/guarded';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));
const BoardPage = page(() => import('./consultation-board-page'));
const CreatePage = page(() => import('./consultation-create-page'));
const ConsultationPage = page(() => import('./consultation-page'));
const MyAssignmentsPage = page(() => import('./my-assignments-page'));

const p = paths.consultations;
export const consultationsRoutes: RouteObject[] = [
  { path: p.board.path, element: guarded(<BoardPage />, ['staff', 'admin']) },
  { path: p.create.path, element: guarded(<CreatePage />, ['staff', 'admin']) },
  { path: p.detail.path, element: guarded(<ConsultationPage />, ['staff', 'admin', 'expert']) },
  { path: p.myAssignments.path, element: guarded(<MyAssignmentsPage />, ['expert']) },
];
