import { listParams, param } from '@/components/list-page';
import { RECIPIENT_KINDS, type ListQuery, type RecipientQuery, type RecordQuery } from './distribution';

export const RECIPIENT_SORTS = ['district,name', 'name', 'kind,name', '-copies', '-updatedAt'] as const;
export const RECORD_SORTS = ['district,recipient', 'recipient', '-sentOn', '-copies', '-createdAt'] as const;

/** The recipients page's filters in the URL (shareable links); invalid values fall back to defaults. */
export const recipientParams = listParams<RecipientQuery>({
  q: param.text(),
  kind: param.oneOf(RECIPIENT_KINDS),
  district: param.text(),
  active: param.bool(),
  sort: param.choice(RECIPIENT_SORTS),
  size: param.size(),
  page: param.page(),
});

export const listsParams = listParams<ListQuery>({ q: param.text(), size: param.size(), page: param.page() });

/** An issue's records page: the kind filter, sort and page. */
export const recordParams = listParams<RecordQuery>({
  kind: param.oneOf(RECIPIENT_KINDS),
  sort: param.choice(RECORD_SORTS),
  size: param.size(),
  page: param.page(),
});

export const parseRecipientParams = recipientParams.parse;
export const toRecipientParams = recipientParams.write;
export const parseListParams = listsParams.parse;
export const toListParams = listsParams.write;
export const parseRecordParams = recordParams.parse;
export const toRecordParams = recordParams.write;
