import { tk } from '@/i18n';
import { formFieldErrors, type FieldError } from '@/lib/form-errors';
import type { Availability, Expert, ExpertInput, Visibility } from './experts';

/** An association the expert belongs to: the name is kept to label it while it is not among search results. */
export interface AssociationOption {
  id: string;
  name: string;
}

/** One publication being edited; key only tells the rows apart. */
export interface PublicationRow {
  key: number;
  title: string;
  url: string;
  year: string;
}

export const VISIBILITY_GROUPS = ['profile', 'biography', 'contact', 'availability'] as const;
export type VisibilityGroup = (typeof VISIBILITY_GROUPS)[number];

/** The form's values: strings as typed, converted to the API's ExpertInput on submit. */
export interface ExpertFormValues {
  fullName: string;
  titleCode: string;
  degreeCode: string;
  fieldCodes: string[];
  keywords: string[];
  position: string;
  organisation: string;
  associations: AssociationOption[];
  biography: string;
  publications: PublicationRow[];
  orcid: string;
  languages: string[];
  'contact.email': string;
  'contact.phone': string;
  'contact.address': string;
  availability: Availability;
  busyUntil: string;
  'visibility.profile': Visibility;
  'visibility.biography': Visibility;
  'visibility.contact': Visibility;
  'visibility.availability': Visibility;
  username: string;
}

export type FieldName = keyof ExpertFormValues;
export type PublicationPart = 'title' | 'url' | 'year';
/** A field of the form, or one cell of a publication row: "publications[2].url". */
export type ErrorKey = FieldName | `publications[${number}].${PublicationPart}`;
export type FormErrors = Partial<Record<ErrorKey, FieldError>>;

let lastRowKey = 0;
export const emptyPublication = (): PublicationRow => ({ key: ++lastRowKey, title: '', url: '', year: '' });

/** A new profile: contact details internal, availability for partners, the rest public (the API's defaults). */
export const EMPTY_VALUES: ExpertFormValues = {
  fullName: '',
  titleCode: '',
  degreeCode: '',
  fieldCodes: [],
  keywords: [],
  position: '',
  organisation: '',
  associations: [],
  biography: '',
  publications: [],
  orcid: '',
  languages: [],
  'contact.email': '',
  'contact.phone': '',
  'contact.address': '',
  availability: 'available',
  busyUntil: '',
  'visibility.profile': 'public',
  'visibility.biography': 'public',
  'visibility.contact': 'internal',
  'visibility.availability': 'partners',
  username: '',
};

/** The same limits as the API's ExpertInput (openapi.yaml). */
export const LIMITS = {
  fullName: 200,
  position: 300,
  organisation: 300,
  biography: 5000,
  'contact.email': 254,
  'contact.address': 500,
  username: 200,
  fieldCodes: 10,
  keywords: 20,
  keyword: 80,
  associations: 10,
  publications: 50,
  publicationTitle: 500,
  languages: 10,
  language: 40,
  yearMin: 1900,
  yearMax: 2200,
} as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9 +().-]{6,40}$/;
const URL_PATTERN = /^https?:\/\/[^\s]{1,990}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ORCID = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;
const USERNAME = /^[A-Za-z0-9._@-]{1,200}$/;

/** An ORCID iD: 16 characters in groups of four, the last an ISO 7064 MOD 11-2 check digit. */
export function isValidOrcid(orcid: string): boolean {
  if (!ORCID.test(orcid)) return false;
  const digits = orcid.replace(/-/g, '');
  let total = 0;
  for (let i = 0; i < 15; i++) total = (total + Number(digits[i])) * 2;
  const result = (12 - (total % 11)) % 11;
  return digits[15] === (result === 10 ? 'X' : String(result));
}

export function fromExpert(e: Expert): ExpertFormValues {
  return {
    fullName: e.fullName,
    titleCode: e.titleCode ?? '',
    degreeCode: e.degreeCode ?? '',
    fieldCodes: e.fields.map((f) => f.code),
    keywords: [...e.keywords],
    position: e.position ?? '',
    organisation: e.organisation ?? '',
    associations: e.associations.map((a) => ({ id: a.id, name: a.name })),
    biography: e.biography ?? '',
    publications: (e.publications ?? []).map((p) => ({
      ...emptyPublication(),
      title: p.title,
      url: p.url ?? '',
      year: p.year == null ? '' : String(p.year),
    })),
    orcid: e.orcid ?? '',
    languages: [...(e.languages ?? [])],
    'contact.email': e.contact?.email ?? '',
    'contact.phone': e.contact?.phone ?? '',
    'contact.address': e.contact?.address ?? '',
    availability: e.availability ?? 'available',
    busyUntil: e.busyUntil ?? '',
    'visibility.profile': e.visibility?.profile ?? 'public',
    'visibility.biography': e.visibility?.biography ?? 'public',
    'visibility.contact': e.visibility?.contact ?? 'internal',
    'visibility.availability': e.visibility?.availability ?? 'partners',
    username: e.username ?? '',
  };
}

const isBlankRow = (p: PublicationRow) => !p.title.trim() && !p.url.trim() && !p.year.trim();

/** Client-side validation mirroring the API; today is the province's date (busy-until may not be past). */
export function validateExpert(
  v: ExpertFormValues,
  options: { today: string; checkUsername: boolean },
): FormErrors {
  const errors: FormErrors = {};
  const tooLong = (field: FieldName & keyof typeof LIMITS) => {
    const value = v[field];
    if (typeof value === 'string' && value.trim().length > LIMITS[field])
      errors[field] = { key: tk('validation.maxLength'), values: { max: LIMITS[field] } };
  };
  const tooMany = (field: FieldName, count: number, max: number) => {
    if (count > max) errors[field] = { key: tk('experts.validation.maxItems'), values: { max } };
  };
  if (!v.fullName.trim()) errors.fullName = { key: tk('validation.required') };
  tooLong('fullName');
  tooLong('position');
  tooLong('organisation');
  tooLong('biography');
  tooLong('contact.address');
  tooLong('contact.email');
  tooMany('fieldCodes', v.fieldCodes.length, LIMITS.fieldCodes);
  tooMany('keywords', v.keywords.length, LIMITS.keywords);
  if (v.keywords.some((k) => k.trim().length > LIMITS.keyword))
    errors.keywords = { key: tk('experts.validation.itemMaxLength'), values: { max: LIMITS.keyword } };
  tooMany('associations', v.associations.length, LIMITS.associations);
  tooMany('languages', v.languages.length, LIMITS.languages);
  if (v.languages.some((k) => k.trim().length > LIMITS.language))
    errors.languages = { key: tk('experts.validation.itemMaxLength'), values: { max: LIMITS.language } };
  tooMany('publications', v.publications.filter((p) => !isBlankRow(p)).length, LIMITS.publications);
  v.publications.forEach((p, i) => {
    if (isBlankRow(p)) return;
    if (!p.title.trim()) errors[`publications[${i}].title`] = { key: tk('validation.required') };
    else if (p.title.trim().length > LIMITS.publicationTitle)
      errors[`publications[${i}].title`] = {
        key: tk('validation.maxLength'),
        values: { max: LIMITS.publicationTitle },
      };
    if (p.url.trim() && !URL_PATTERN.test(p.url.trim()))
      errors[`publications[${i}].url`] = { key: tk('experts.validation.url') };
    const year = p.year.trim();
    if (year && (!/^\d{4}$/.test(year) || Number(year) < LIMITS.yearMin || Number(year) > LIMITS.yearMax))
      errors[`publications[${i}].year`] = {
        key: tk('experts.validation.year'),
        values: { min: LIMITS.yearMin, max: LIMITS.yearMax },
      };
  });
  const orcid = v.orcid.trim();
  if (orcid && !isValidOrcid(orcid)) errors.orcid = { key: tk('experts.validation.orcid') };
  const email = v['contact.email'].trim();
  if (email && !errors['contact.email'] && !EMAIL.test(email))
    errors['contact.email'] = { key: tk('validation.email') };
  const phone = v['contact.phone'].trim();
  if (phone && !PHONE.test(phone)) errors['contact.phone'] = { key: tk('experts.validation.phone') };
  if (v.availability === 'busy') {
    const until = v.busyUntil.trim();
    if (!until) errors.busyUntil = { key: tk('experts.validation.busyUntilRequired') };
    else if (!DATE.test(until)) errors.busyUntil = { key: tk('validation.date') };
    else if (until < options.today) errors.busyUntil = { key: tk('experts.validation.busyUntilPast') };
  }
  const username = v.username.trim();
  if (options.checkUsername && username && !USERNAME.test(username))
    errors.username = { key: tk('experts.validation.username') };
  return errors;
}

const orUndefined = (s: string) => (s.trim() === '' ? undefined : s.trim());
const cleanList = (values: string[]) => [...new Set(values.map((s) => s.trim()).filter((s) => s !== ''))];

/** The request body. The account link (username) is sent only by staff and admins, who may change it. */
export function toInput(v: ExpertFormValues, options: { includeUsername: boolean }): ExpertInput {
  const contact = {
    email: orUndefined(v['contact.email']),
    phone: orUndefined(v['contact.phone']),
    address: orUndefined(v['contact.address']),
  };
  const hasContact = Object.values(contact).some((x) => x !== undefined);
  return {
    fullName: v.fullName.trim(),
    titleCode: orUndefined(v.titleCode),
    degreeCode: orUndefined(v.degreeCode),
    fieldCodes: [...v.fieldCodes],
    keywords: cleanList(v.keywords),
    position: orUndefined(v.position),
    organisation: orUndefined(v.organisation),
    associationIds: v.associations.map((a) => a.id),
    biography: orUndefined(v.biography),
    publications: v.publications
      .filter((p) => !isBlankRow(p))
      .map((p) => ({
        title: p.title.trim(),
        url: orUndefined(p.url),
        year: p.year.trim() ? Number(p.year.trim()) : undefined,
      })),
    orcid: orUndefined(v.orcid),
    languages: cleanList(v.languages),
    contact: hasContact ? contact : undefined,
    availability: v.availability,
    busyUntil: v.availability === 'busy' ? orUndefined(v.busyUntil) : undefined,
    visibility: {
      profile: v['visibility.profile'],
      biography: v['visibility.biography'],
      contact: v['visibility.contact'],
      availability: v['visibility.availability'],
    },
    username: options.includeUsername ? orUndefined(v.username) : undefined,
  };
}

const SIMPLE_FIELDS = new Set<string>(
  Object.keys(EMPTY_VALUES).filter((k) => k !== 'publications' && k !== 'associations'),
);
const LIST_FIELDS: Record<string, FieldName> = {
  fieldCodes: 'fieldCodes',
  keywords: 'keywords',
  languages: 'languages',
  associationIds: 'associations',
  publications: 'publications',
};

/**
 * Maps the API's problem.errors[].field to a form field. The API names list items "fieldCodes[0]",
 * "publications[1].url" (or with the index after the property, and with bean validation's
 * "<list element>" nodes); publication indexes count only the rows that were sent (blank rows are not).
 */
export function serverFieldErrors(
  errors: Record<string, string>,
  values: ExpertFormValues,
): { byField: FormErrors; other: string[] } {
  const sentRows = values.publications.map((p, i) => (isBlankRow(p) ? -1 : i)).filter((i) => i >= 0);
  return formFieldErrors(errors, (raw): ErrorKey | undefined => {
    const field = raw.replace(/\.?<[^>]*>/g, '');
    const publication = /^publications(?:\[(\d+)\])?\.(title|url|year)(?:\[(\d+)\])?$/.exec(field);
    const list = /^([A-Za-z]+)(?:\[\d+\])?$/.exec(field);
    if (publication && (publication[1] ?? publication[3]) !== undefined) {
      const row = sentRows[Number(publication[1] ?? publication[3])];
      return row === undefined ? 'publications' : `publications[${row}].${publication[2] as PublicationPart}`;
    }
    if (SIMPLE_FIELDS.has(field)) return field as FieldName;
    if (list && list[1]! in LIST_FIELDS) return LIST_FIELDS[list[1]!];
    return undefined;
  });
}
