import { tk } from '@/i18n';
import { formFieldErrors, type FieldError } from '@/lib/form-errors';
import { WEBHOOK_EVENTS, type Partner, type PartnerInput, type WebhookEvent } from './partners';

/** The form's values as typed; converted to the API's PartnerInput on submit. */
export interface PartnerFormValues {
  name: string;
  province: string;
  contactPerson: string;
  contactEmail: string;
  contactPhone: string;
  clientId: string;
  active: boolean;
  webhookEnabled: boolean;
  webhookUrl: string;
  webhookEvents: WebhookEvent[];
  pullEnabled: boolean;
  pullBaseUrl: string;
  pullTokenUrl: string;
  pullClientId: string;
  /** Write-only: empty keeps the stored secret. */
  pullClientSecret: string;
  pullScheduled: boolean;
  /** Write-only: empty keeps the stored secret (unless pullRemoveNotification). */
  pullNotificationSecret: string;
  pullRemoveNotification: boolean;
}

export type PartnerField = keyof PartnerFormValues;
export type PartnerFormErrors = Partial<Record<PartnerField, FieldError>>;

/** What the form knows of the stored record: whether secrets are already kept on the server. */
export interface StoredSecrets {
  pullClientSecret: boolean;
  notificationSecret: boolean;
}

export const NO_STORED_SECRETS: StoredSecrets = { pullClientSecret: false, notificationSecret: false };

export const EMPTY_PARTNER: PartnerFormValues = {
  name: '',
  province: '',
  contactPerson: '',
  contactEmail: '',
  contactPhone: '',
  clientId: '',
  active: true,
  webhookEnabled: false,
  webhookUrl: '',
  webhookEvents: [...WEBHOOK_EVENTS],
  pullEnabled: false,
  pullBaseUrl: '',
  pullTokenUrl: '',
  pullClientId: '',
  pullClientSecret: '',
  pullScheduled: true,
  pullNotificationSecret: '',
  pullRemoveNotification: false,
};

/** The same limits as the API's PartnerInput (openapi.yaml). */
export const PARTNER_LIMITS = {
  name: 300,
  province: 100,
  contactPerson: 200,
  contactEmail: 254,
  clientId: 200,
  webhookUrl: 2000,
  pullBaseUrl: 2000,
  pullTokenUrl: 2000,
  pullClientId: 200,
  pullClientSecret: 500,
  pullNotificationSecret: 100,
} as const;

const PHONE = /^[0-9 +().-]{6,50}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CLIENT_ID = /^[A-Za-z0-9._:@/-]+$/;
const HTTP_URL = /^https?:\/\/\S+$/i;

export function storedSecretsOf(p: Partner): StoredSecrets {
  return { pullClientSecret: !!p.pull, notificationSecret: !!p.pull?.notificationsEnabled };
}

export function fromPartner(p: Partner): PartnerFormValues {
  return {
    name: p.name,
    province: p.province,
    contactPerson: p.contact?.person ?? '',
    contactEmail: p.contact?.email ?? '',
    contactPhone: p.contact?.phone ?? '',
    clientId: p.clientId ?? '',
    active: p.active,
    webhookEnabled: !!p.webhook.url,
    webhookUrl: p.webhook.url ?? '',
    webhookEvents: p.webhook.url ? [...p.webhook.events] : [...WEBHOOK_EVENTS],
    pullEnabled: !!p.pull,
    pullBaseUrl: p.pull?.baseUrl ?? '',
    pullTokenUrl: p.pull?.tokenUrl ?? '',
    pullClientId: p.pull?.clientId ?? '',
    pullClientSecret: '',
    pullScheduled: p.pull?.scheduled ?? true,
    pullNotificationSecret: '',
    pullRemoveNotification: false,
  };
}

/** Client-side validation mirroring the API; a first pull set-up needs its client secret. */
export function validatePartner(v: PartnerFormValues, stored: StoredSecrets = NO_STORED_SECRETS) {
  const errors: PartnerFormErrors = {};
  type TextField = {
    [K in PartnerField]: PartnerFormValues[K] extends string ? K : never;
  }[PartnerField];
  const required = (field: TextField) => {
    if (!v[field].trim()) errors[field] = { key: tk('validation.required') };
  };
  const tooLong = (field: keyof typeof PARTNER_LIMITS) => {
    if (!errors[field] && v[field].trim().length > PARTNER_LIMITS[field])
      errors[field] = { key: tk('validation.maxLength'), values: { max: PARTNER_LIMITS[field] } };
  };
  const url = (field: 'webhookUrl' | 'pullBaseUrl' | 'pullTokenUrl') => {
    required(field);
    if (!errors[field] && !HTTP_URL.test(v[field].trim()))
      errors[field] = { key: tk('partners.validation.url') };
  };
  required('name');
  required('province');
  const email = v.contactEmail.trim();
  if (email && !EMAIL.test(email)) errors.contactEmail = { key: tk('validation.email') };
  const phone = v.contactPhone.trim();
  if (phone && !PHONE.test(phone)) errors.contactPhone = { key: tk('validation.phone') };
  const clientId = v.clientId.trim();
  if (clientId && !CLIENT_ID.test(clientId)) errors.clientId = { key: tk('partners.validation.clientId') };
  if (v.webhookEnabled) {
    url('webhookUrl');
    if (v.webhookEvents.length === 0) errors.webhookEvents = { key: tk('partners.validation.events') };
  }
  if (v.pullEnabled) {
    url('pullBaseUrl');
    url('pullTokenUrl');
    required('pullClientId');
    if (!stored.pullClientSecret) required('pullClientSecret');
    const n = v.pullNotificationSecret.trim();
    if (n && !v.pullRemoveNotification && !/^whsec_[A-Za-z0-9+/=]+$/.test(n))
      errors.pullNotificationSecret = { key: tk('partners.validation.notificationSecret') };
  }
  for (const field of Object.keys(PARTNER_LIMITS) as (keyof typeof PARTNER_LIMITS)[]) tooLong(field);
  return errors;
}

const orUndefined = (s: string) => (s.trim() === '' ? undefined : s.trim());

export function toPartnerInput(v: PartnerFormValues): PartnerInput {
  const contact = {
    person: orUndefined(v.contactPerson),
    email: orUndefined(v.contactEmail),
    phone: orUndefined(v.contactPhone),
  };
  const hasContact = Object.values(contact).some((x) => x !== undefined);
  return {
    name: v.name.trim(),
    province: v.province.trim(),
    contact: hasContact ? contact : undefined,
    clientId: orUndefined(v.clientId),
    active: v.active,
    webhook: v.webhookEnabled
      ? {
          url: v.webhookUrl.trim(),
          events: WEBHOOK_EVENTS.filter((e) => v.webhookEvents.includes(e)),
        }
      : undefined,
    pull: v.pullEnabled
      ? {
          baseUrl: v.pullBaseUrl.trim(),
          tokenUrl: v.pullTokenUrl.trim(),
          clientId: v.pullClientId.trim(),
          // Left out: the server keeps the stored secret.
          clientSecret: v.pullClientSecret === '' ? undefined : v.pullClientSecret,
          scheduled: v.pullScheduled,
          // '' removes the stored secret; left out keeps it.
          notificationSecret: v.pullRemoveNotification ? '' : orUndefined(v.pullNotificationSecret),
        }
      : undefined,
  };
}

const API_FIELD: Record<string, PartnerField> = {
  name: 'name',
  province: 'province',
  'contact.person': 'contactPerson',
  'contact.email': 'contactEmail',
  'contact.phone': 'contactPhone',
  clientId: 'clientId',
  active: 'active',
  'webhook.url': 'webhookUrl',
  'webhook.events': 'webhookEvents',
  'pull.baseUrl': 'pullBaseUrl',
  'pull.tokenUrl': 'pullTokenUrl',
  'pull.clientId': 'pullClientId',
  'pull.clientSecret': 'pullClientSecret',
  'pull.scheduled': 'pullScheduled',
  'pull.notificationSecret': 'pullNotificationSecret',
};

/** Sorts the API's problem.errors[].field (e.g. "webhook.url", "webhook.events[0]") by form field. */
export function partnerFieldErrors(errors: Record<string, string>) {
  return formFieldErrors<PartnerField>(errors, (path) => API_FIELD[path.replace(/\[\d+\]$/, '')]);
}
