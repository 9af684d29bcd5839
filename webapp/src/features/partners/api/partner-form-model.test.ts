import { describe, expect, it } from 'vitest';
import {
  EMPTY_PARTNER,
  fromPartner,
  partnerFieldErrors,
  storedSecretsOf,
  toPartnerInput,
  validatePartner,
  type PartnerFormValues,
} from './partner-form-model';
import type { Partner } from './partners';

const base: PartnerFormValues = {
  ...EMPTY_PARTNER,
  name: ' Liên hiệp các hội Khoa học và Kỹ thuật tỉnh Hà Tĩnh ',
  province: 'Hà Tĩnh',
};

const stored: Partner = {
  id: '7d1f0c1e-8a8b-4c55-9a53-0c1d2e3f4a5b',
  name: 'LHH Hà Tĩnh',
  province: 'Hà Tĩnh',
  active: true,
  contact: { person: 'Nguyễn Thị Hà' },
  webhook: {
    url: 'https://ht.example.vn/hook',
    events: ['issue_published'],
    secretRotatedAt: '2026-01-01T00:00:00Z',
  },
  pull: {
    baseUrl: 'https://api.ht.example.vn',
    tokenUrl: 'https://sso.ht.example.vn/token',
    clientId: 'lhh-nghe-an',
    scheduled: true,
    notificationsEnabled: true,
    notificationPath: '/api/v1/partners/x/notifications',
  },
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 3,
};

describe('partner form model', () => {
  it('needs a name and a province only', () => {
    expect(validatePartner(EMPTY_PARTNER)).toEqual({
      name: { key: 'validation.required' },
      province: { key: 'validation.required' },
    });
    expect(validatePartner(base)).toEqual({});
  });

  it('checks webhook URL and events only when webhooks are on', () => {
    const v = { ...base, webhookEnabled: true, webhookUrl: 'ftp://x', webhookEvents: [] };
    expect(Object.keys(validatePartner(v))).toEqual(['webhookUrl', 'webhookEvents']);
    expect(validatePartner({ ...v, webhookEnabled: false })).toEqual({});
  });

  it('wants the pull client secret the first time, not once stored', () => {
    const v = {
      ...base,
      pullEnabled: true,
      pullBaseUrl: 'https://api.ht.example.vn',
      pullTokenUrl: 'https://sso.ht.example.vn/token',
      pullClientId: 'lhh-nghe-an',
    };
    expect(validatePartner(v).pullClientSecret).toEqual({ key: 'validation.required' });
    expect(validatePartner(v, storedSecretsOf(stored))).toEqual({});
  });

  it('builds PartnerInput: trimmed, no empty contact, secrets left out to keep them', () => {
    expect(toPartnerInput(base)).toEqual({
      name: 'Liên hiệp các hội Khoa học và Kỹ thuật tỉnh Hà Tĩnh',
      province: 'Hà Tĩnh',
      contact: undefined,
      clientId: undefined,
      active: true,
      webhook: undefined,
      pull: undefined,
    });
    const edited = toPartnerInput(fromPartner(stored));
    expect(edited.webhook).toEqual({ url: 'https://ht.example.vn/hook', events: ['issue_published'] });
    expect(edited.pull).toEqual({
      baseUrl: 'https://api.ht.example.vn',
      tokenUrl: 'https://sso.ht.example.vn/token',
      clientId: 'lhh-nghe-an',
      clientSecret: undefined,
      scheduled: true,
      notificationSecret: undefined,
    });
    const removed = toPartnerInput({ ...fromPartner(stored), pullRemoveNotification: true });
    expect(removed.pull?.notificationSecret).toBe('');
  });

  it('sorts the API field errors by form field', () => {
    const { byField, other } = partnerFieldErrors({
      'webhook.url': 'địa chỉ nội bộ bị từ chối',
      'webhook.events[0]': 'sai',
      'pull.clientSecret': 'bắt buộc',
      foo: 'bar',
    });
    expect(byField).toEqual({
      webhookUrl: { message: 'địa chỉ nội bộ bị từ chối' },
      webhookEvents: { message: 'sai' },
      pullClientSecret: { message: 'bắt buộc' },
    });
    expect(other).toEqual(['foo: bar']);
  });
});
