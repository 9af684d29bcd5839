import { listParams, param } from '@/components/list-page';
import { DIRECTIONS, DOCUMENT_TYPES, type DocumentQuery } from './registry';

export const DOCUMENT_SORTS = [
  '-documentDate,-number',
  'documentDate,number',
  '-createdAt',
  '-number',
] as const;

/** The registry page's filters in the URL (shareable links); invalid values fall back to defaults. */
export const documentParams = listParams<DocumentQuery>({
  q: param.text(),
  number: param.text(100),
  direction: param.oneOf(DIRECTIONS),
  type: param.oneOf(DOCUMENT_TYPES),
  from: param.date(),
  to: param.date(),
  sort: param.choice(DOCUMENT_SORTS),
  size: param.size(),
  page: param.page(),
});

export const parseDocumentParams = documentParams.parse;
export const toDocumentParams = documentParams.write;
