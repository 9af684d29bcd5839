import type { RouteObject } from 'react-router';
import { guarded } from '@/components/guarded';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));

const p = paths.calendar;
const office = guarded('staff', 'admin');
export const calendarRoutes: RouteObject[] = [
  { path: p.month.path, element: page(() => import('./calendar-page')) },
  { path: p.events.path, element: page(() => import('./events-page')) },
  { path: p.event.path, element: page(() => import('./event-page')) },
  { path: p.registrationConfirm.path, element: page(() => import('./registration-confirm-page')) },
  { path: p.create.path, element: office(page(() => import('./event-create-page'))) },
  { path: p.edit.path, element: office(page(() => import('./event-edit-page'))) },
];
