import { listParams, param } from '@/components/list-page';
import { ENTRY_STATUSES, type EntryQuery } from './contests';

export const ENTRY_SORTS = [
  'number',
  '-number',
  'title',
  'school',
  'district',
  'status',
  '-updatedAt',
] as const;

/** The entries page's filters in the URL (shareable links); invalid values fall back to defaults. */
export const entryParams = listParams<EntryQuery>({
  edition: param.uuid(),
  category: param.uuid(),
  status: param.oneOf(ENTRY_STATUSES),
  district: param.text(),
  school: param.text(),
  q: param.text(),
  grade: param.int(12),
  sort: param.choice(ENTRY_SORTS),
  size: param.size(),
  page: param.page(),
});

export const parseEntryParams = entryParams.parse;
export const toEntryParams = entryParams.write;
