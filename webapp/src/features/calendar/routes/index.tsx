import type { RouteObject } from 'react-router';
import { guarded } from '@/components/guarded';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));
const CalendarPage = page(() => import('./calendar-page'));
const EventsPage = page(() => import('./events-page'));
const EventPage = page(() => import('./event-page'));
const EventCreatePage = page(() => import('./event-create-page'));
const EventEditPage = page(() => import('./event-edit-page'));
const RegistrationConfirmPage = page(() => import('./registration-confirm-page'));

const p = paths.calendar;
export const calendarRoutes: RouteObject[] = [
  { path: p.month.path, element: <CalendarPage /> },
  { path: p.events.path, element: <EventsPage /> },
  { path: p.event.path, element: <EventPage /> },
  { path: p.registrationConfirm.path, element: <RegistrationConfirmPage /> },
  { path: p.create.path, element: guarded(<EventCreatePage />, ['staff', 'admin']) },
  { path: p.edit.path, element: guarded(<EventEditPage />, ['staff', 'admin']) },
];
