import { formFieldErrors, type FieldError } from '@/lib/form-errors';
import type { Post, PostAudience, PostInput, PostKind } from './posts';
import { htmlText } from './safe-html';

/** The API's limits (PostInput). */
export const POST_LIMITS = {
  title: 300,
  summary: 1000,
  body: 200_000,
  tags: 20,
  tag: 60,
  eventPlace: 300,
} as const;

export interface PostFormValues {
  kind: PostKind;
  title: string;
  summary: string;
  bodyHtml: string;
  /** Comma-separated. */
  tags: string;
  audience: PostAudience;
  pinned: boolean;
  /** Province wall clock, "YYYY-MM-DDTHH:mm" (events only). */
  eventStartsAt: string;
  eventPlace: string;
}

export type PostFieldName =
  'kind' | 'title' | 'summary' | 'bodyHtml' | 'tags' | 'audience' | 'eventStartsAt' | 'eventPlace';
export type PostFormErrors = Partial<Record<PostFieldName, FieldError>>;

const PROVINCE_OFFSET = '+07:00';

export function newPostValues(): PostFormValues {
  return {
    kind: 'news',
    title: '',
    summary: '',
    bodyHtml: '',
    tags: '',
    audience: 'public',
    pinned: false,
    eventStartsAt: '',
    eventPlace: '',
  };
}

/** An instant as the province's wall clock ("YYYY-MM-DDTHH:mm"). */
export function toProvinceLocal(instant: string): string {
  const shifted = new Date(new Date(instant).getTime() + 7 * 3600_000);
  return shifted.toISOString().slice(0, 16);
}

/** The province's wall clock ("YYYY-MM-DDTHH:mm") as an instant, or undefined if it is not one. */
export function fromProvinceLocal(local: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local.trim())) return undefined;
  const date = new Date(`${local.trim()}:00${PROVINCE_OFFSET}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export function postValues(post: Post): PostFormValues {
  return {
    kind: post.kind,
    title: post.title,
    summary: post.summary ?? '',
    bodyHtml: post.bodyHtml,
    tags: post.tags.join(', '),
    audience: post.audience,
    pinned: post.pinned,
    eventStartsAt: post.eventStartsAt ? toProvinceLocal(post.eventStartsAt) : '',
    eventPlace: post.eventPlace ?? '',
  };
}

export function splitTags(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(',')) {
    const tag = part.trim().toLowerCase();
    if (tag) seen.add(tag);
  }
  return [...seen];
}

export function validatePost(values: PostFormValues): PostFormErrors {
  const errors: PostFormErrors = {};
  if (!values.title.trim()) errors.title = { key: 'validation.required' };
  else if (values.title.length > POST_LIMITS.title)
    errors.title = { key: 'validation.maxLength', values: { max: POST_LIMITS.title } };
  if (values.summary.length > POST_LIMITS.summary)
    errors.summary = { key: 'validation.maxLength', values: { max: POST_LIMITS.summary } };
  if (!htmlText(values.bodyHtml) && !values.bodyHtml.includes('<img'))
    errors.bodyHtml = { key: 'validation.required' };
  else if (values.bodyHtml.length > POST_LIMITS.body)
    errors.bodyHtml = { key: 'validation.maxLength', values: { max: POST_LIMITS.body } };
  const tags = splitTags(values.tags);
  if (tags.length > POST_LIMITS.tags || tags.some((t) => t.length > POST_LIMITS.tag))
    errors.tags = {
      key: 'news.form.tagsInvalid',
      values: { max: POST_LIMITS.tags, length: POST_LIMITS.tag },
    };
  if (values.eventStartsAt.trim() && !fromProvinceLocal(values.eventStartsAt))
    errors.eventStartsAt = { key: 'news.form.dateInvalid' };
  if (values.eventPlace.length > POST_LIMITS.eventPlace)
    errors.eventPlace = { key: 'validation.maxLength', values: { max: POST_LIMITS.eventPlace } };
  return errors;
}

export function toPostInput(values: PostFormValues): PostInput {
  const event = values.kind === 'event';
  return {
    kind: values.kind,
    title: values.title.trim(),
    summary: values.summary.trim() || undefined,
    bodyHtml: values.bodyHtml,
    tags: splitTags(values.tags),
    audience: values.audience,
    pinned: values.pinned,
    eventStartsAt: event ? fromProvinceLocal(values.eventStartsAt) : undefined,
    eventPlace: event ? values.eventPlace.trim() || undefined : undefined,
  };
}

const FIELDS: PostFieldName[] = [
  'kind',
  'title',
  'summary',
  'bodyHtml',
  'tags',
  'audience',
  'eventStartsAt',
  'eventPlace',
];

/** The API's field errors by form field (tags[0] → tags). */
export function postServerErrors(errors: Record<string, string>) {
  return formFieldErrors<PostFieldName>(errors, (path) => {
    const head = path
      .replace(/^(body\.|create\.body\.|replace\.body\.)/, '')
      .split(/[.[]/)[0] as PostFieldName;
    return FIELDS.includes(head) ? head : undefined;
  });
}
