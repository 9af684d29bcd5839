import type { RouteObject } from 'react-router';
import { guarded } from '@/components/guarded';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));

// The document registry (sổ văn bản đi, đến): the office manages; officers read what is addressed to them.
// Handling of incoming documents (xử lý văn bản đến): the office's list, overdue first, and each handler's own.
const p = paths.registry;
const office = guarded('staff', 'admin');
const readers = guarded('staff', 'admin', 'association-officer');
export const registryRoutes: RouteObject[] = [
  { path: p.list.path, element: readers(page(() => import('./registry-page'))) },
  { path: p.create.path, element: office(page(() => import('./document-create-page'))) },
  { path: p.handling.path, element: office(page(() => import('./handling-list-page'))) },
  { path: p.myDocuments.path, element: office(page(() => import('./my-documents-page'))) },
  { path: p.document.path, element: readers(page(() => import('./document-page'))) },
];
