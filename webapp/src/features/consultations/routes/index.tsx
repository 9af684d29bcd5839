import type { RouteObject } from 'react-router';
import { guarded } from '@/components/guarded';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));

const p = paths.consultations;
const office = guarded('staff', 'admin');
export const consultationsRoutes: RouteObject[] = [
  { path: p.board.path, element: office(page(() => import('./consultation-board-page'))) },
  { path: p.create.path, element: office(page(() => import('./consultation-create-page'))) },
  {
    path: p.detail.path,
    element: guarded('staff', 'admin', 'expert')(page(() => import('./consultation-page'))),
  },
  { path: p.myAssignments.path, element: guarded('expert')(page(() => import('./my-assignments-page'))) },
];
