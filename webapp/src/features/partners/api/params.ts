import { listParams, param } from '@/components/list-page';
import {
  DELIVERY_STATUSES,
  type DeliveryQuery,
  type PartnerBulletinQuery,
  type PartnerQuery,
} from './partners';

/** The partner registry's filters in the URL; invalid values fall back to defaults. */
export const partnerParams = listParams<PartnerQuery>({
  q: param.text(),
  active: param.bool(),
  size: param.size(),
  page: param.page(),
});

export const deliveryParams = listParams<DeliveryQuery>({
  status: param.oneOf(DELIVERY_STATUSES),
  size: param.size(),
  page: param.page(),
});

export const bulletinParams = listParams<PartnerBulletinQuery>({
  q: param.text(),
  size: param.size(),
  page: param.page(),
});

export const parsePartnerParams = partnerParams.parse;
export const toPartnerParams = partnerParams.write;
export const parseDeliveryParams = deliveryParams.parse;
export const toDeliveryParams = deliveryParams.write;
export const parseBulletinParams = bulletinParams.parse;
export const toBulletinParams = bulletinParams.write;
