import { tk } from '@/i18n';
import { formFieldErrors, type FieldError } from '@/lib/form-errors';
import type { Article, ArticleInput } from './bulletins';

/** An author row of the form; key keeps React's rows apart while rows are added, moved and removed. */
export interface AuthorRow {
  key: string;
  name: string;
  /** The author's profile in the expert network, if linked. */
  expertId: string | null;
  affiliation: string;
}

export interface ArticleFormValues {
  title: string;
  abstractText: string;
  keywords: string[];
  fieldCodes: string[];
  authors: AuthorRow[];
  pageFrom: string;
  pageTo: string;
}

/** Form-level fields, and the author rows' fields as "authors[0].name". */
export type ArticleErrorKey =
  keyof ArticleFormValues | `authors[${number}].${'name' | 'expertId' | 'affiliation'}`;
export type ArticleFormErrors = Partial<Record<ArticleErrorKey, FieldError>>;

/** The same limits as the API's BulletinArticleInput and ArticleAuthor. */
export const ARTICLE_LIMITS = {
  title: 500,
  abstractText: 10_000,
  keywords: 20,
  keyword: 100,
  fieldCodes: 10,
  authors: 30,
  authorName: 200,
  affiliation: 300,
  page: 10_000,
} as const;

let rowCounter = 0;
export function emptyAuthor(): AuthorRow {
  rowCounter += 1;
  return { key: `author-${rowCounter}`, name: '', expertId: null, affiliation: '' };
}

export function emptyArticleValues(): ArticleFormValues {
  return {
    title: '',
    abstractText: '',
    keywords: [],
    fieldCodes: [],
    authors: [emptyAuthor()],
    pageFrom: '',
    pageTo: '',
  };
}

export function fromArticle(a: Article): ArticleFormValues {
  return {
    title: a.title,
    abstractText: a.abstractText ?? '',
    keywords: [...a.keywords],
    fieldCodes: [...a.fieldCodes],
    authors: a.authors.map((au) => ({
      ...emptyAuthor(),
      name: au.name,
      expertId: au.expertId ?? null,
      affiliation: au.affiliation ?? '',
    })),
    pageFrom: a.pageFrom == null ? '' : String(a.pageFrom),
    pageTo: a.pageTo == null ? '' : String(a.pageTo),
  };
}

const INTEGER = /^\d+$/;

function page(value: string): number | undefined | 'bad' {
  const v = value.trim();
  if (v === '') return undefined;
  if (!INTEGER.test(v)) return 'bad';
  const n = Number(v);
  return n >= 1 && n <= ARTICLE_LIMITS.page ? n : 'bad';
}

/** Client-side validation mirroring the API (a blank author row counts as missing, not as dropped). */
export function validateArticle(v: ArticleFormValues): ArticleFormErrors {
  const errors: ArticleFormErrors = {};
  if (!v.title.trim()) errors.title = { key: tk('validation.required') };
  else if (v.title.trim().length > ARTICLE_LIMITS.title)
    errors.title = { key: tk('validation.maxLength'), values: { max: ARTICLE_LIMITS.title } };
  if (v.abstractText.trim().length > ARTICLE_LIMITS.abstractText)
    errors.abstractText = { key: tk('validation.maxLength'), values: { max: ARTICLE_LIMITS.abstractText } };
  if (v.keywords.length > ARTICLE_LIMITS.keywords)
    errors.keywords = { key: tk('bulletins.form.tooMany'), values: { max: ARTICLE_LIMITS.keywords } };
  else if (v.keywords.some((k) => k.trim().length > ARTICLE_LIMITS.keyword))
    errors.keywords = { key: tk('validation.maxLength'), values: { max: ARTICLE_LIMITS.keyword } };
  if (v.fieldCodes.length > ARTICLE_LIMITS.fieldCodes)
    errors.fieldCodes = { key: tk('bulletins.form.tooMany'), values: { max: ARTICLE_LIMITS.fieldCodes } };
  if (v.authors.length === 0) errors.authors = { key: tk('bulletins.form.authorsRequired') };
  else if (v.authors.length > ARTICLE_LIMITS.authors)
    errors.authors = { key: tk('bulletins.form.tooMany'), values: { max: ARTICLE_LIMITS.authors } };
  v.authors.forEach((a, i) => {
    if (!a.name.trim()) errors[`authors[${i}].name`] = { key: tk('validation.required') };
    else if (a.name.trim().length > ARTICLE_LIMITS.authorName)
      errors[`authors[${i}].name`] = {
        key: tk('validation.maxLength'),
        values: { max: ARTICLE_LIMITS.authorName },
      };
    if (a.affiliation.trim().length > ARTICLE_LIMITS.affiliation)
      errors[`authors[${i}].affiliation`] = {
        key: tk('validation.maxLength'),
        values: { max: ARTICLE_LIMITS.affiliation },
      };
  });
  const from = page(v.pageFrom);
  const to = page(v.pageTo);
  if (from === 'bad')
    errors.pageFrom = { key: tk('bulletins.form.page'), values: { max: ARTICLE_LIMITS.page } };
  if (to === 'bad') errors.pageTo = { key: tk('bulletins.form.page'), values: { max: ARTICLE_LIMITS.page } };
  if (to !== 'bad' && to !== undefined && from === undefined)
    errors.pageFrom = { key: tk('bulletins.form.pageFromFirst') };
  if (typeof from === 'number' && typeof to === 'number' && to < from)
    errors.pageTo = { key: tk('bulletins.form.pageOrder') };
  return errors;
}

const orUndefined = (s: string) => (s.trim() === '' ? undefined : s.trim());

export function toArticleInput(v: ArticleFormValues): ArticleInput {
  const from = page(v.pageFrom);
  const to = page(v.pageTo);
  return {
    title: v.title.trim(),
    abstractText: orUndefined(v.abstractText),
    keywords: [...new Set(v.keywords.map((k) => k.trim()).filter(Boolean))],
    fieldCodes: v.fieldCodes,
    authors: v.authors.map((a) => ({
      name: a.name.trim(),
      expertId: a.expertId ?? undefined,
      affiliation: orUndefined(a.affiliation),
    })),
    pageFrom: typeof from === 'number' ? from : undefined,
    pageTo: typeof to === 'number' ? to : undefined,
  };
}

const FORM_FIELDS: (keyof ArticleFormValues)[] = [
  'title',
  'abstractText',
  'keywords',
  'fieldCodes',
  'authors',
  'pageFrom',
  'pageTo',
];
const AUTHOR_FIELD = /^authors\[(\d+)\]\.(name|expertId|affiliation)$/;

/** Maps the API's problem.errors[].field ("authors[1].expertId", "fieldCodes[0]") to the form's fields. */
export function articleServerErrors(errors: Record<string, string>) {
  return formFieldErrors<ArticleErrorKey>(errors, (path) => {
    if (AUTHOR_FIELD.test(path)) return path as ArticleErrorKey;
    const base = path.replace(/\[\d+\]$/, '') as keyof ArticleFormValues;
    return FORM_FIELDS.includes(base) ? base : undefined;
  });
}
