import type { RouteObject } from 'react-router';
import { guarded } from '@/components/guarded';
import type { Role } from '@/lib/auth/auth-context';
import { paths } from '@/config/paths';
import { lazyPages } from '@/lib/lazy-page';

const page = lazyPages((lng) => import(`../i18n/${lng}.json`));
const RegistryPage = page(() => import('./registry-page'));
const DocumentPage = page(() => import('./document-page'));
const DocumentCreatePage = page(() => import('./document-create-page'));
const HandlingListPage = page(() => import('./handling-list-page'));
const MyDocumentsPage = page(() => import('./my-documents-page'));

// The document registry (sổ văn bản đi, đến): the office manages; officers read what is addressed to them.
// Handling of incoming documents (xử lý văn bản đến): the office's list, overdue first, and each handler's own.
const p = paths.registry;
const readers: Role[] = ['staff', 'admin', 'association-officer'];
export const registryRoutes: RouteObject[] = [
  { path: p.list.path, element: guarded(<RegistryPage />, readers) },
  { path: p.create.path, element: guarded(<DocumentCreatePage />, ['staff', 'admin']) },
  { path: p.handling.path, element: guarded(<HandlingListPage />, ['staff', 'admin']) },
  { path: p.myDocuments.path, element: guarded(<MyDocumentsPage />, ['staff', 'admin']) },
  { path: p.document.path, element: guarded(<DocumentPage />, readers) },
];
