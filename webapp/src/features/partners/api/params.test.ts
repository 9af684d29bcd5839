import { describe, expect, it } from 'vitest';
import { parseDeliveryParams, parsePartnerParams, toDeliveryParams, toPartnerParams } from './params';

describe('partner registry params', () => {
  it('reads filters from the URL and drops invalid values', () => {
    expect(parsePartnerParams(new URLSearchParams('q= ha tinh &active=false&page=2&size=50'))).toEqual({
      q: 'ha tinh',
      active: false,
      page: 2,
      size: 50,
    });
    expect(parsePartnerParams(new URLSearchParams('active=yes&page=0&size=7'))).toEqual({
      q: undefined,
      active: undefined,
      page: 1,
      size: 20,
    });
  });

  it('writes only what differs from the defaults', () => {
    expect(toPartnerParams({ page: 1, size: 20 }).toString()).toBe('');
    expect(toPartnerParams({ q: 'nghe an', active: true, page: 3, size: 10 }).toString()).toBe(
      'q=nghe+an&active=true&size=10&page=3',
    );
  });
});

describe('delivery log params', () => {
  it('keeps a known status only', () => {
    expect(parseDeliveryParams(new URLSearchParams('status=failed&page=2'))).toEqual({
      status: 'failed',
      page: 2,
      size: 20,
    });
    expect(parseDeliveryParams(new URLSearchParams('status=lost')).status).toBeUndefined();
    expect(toDeliveryParams({ status: 'pending', page: 1, size: 20 }).toString()).toBe('status=pending');
  });
});
