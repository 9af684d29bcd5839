import { type components } from '@/lib/api/client';
import { getConfig } from '@/lib/config';

export type Issue = components['schemas']['BulletinIssue'];
export type IssueSummary = components['schemas']['BulletinIssueSummary'];
export type IssueInput = components['schemas']['BulletinIssueInput'];
export type IssueRef = components['schemas']['BulletinIssueRef'];
export type IssueStatus = components['schemas']['IssueStatus'];
export type TocEntry = components['schemas']['BulletinTocEntry'];
export type BulletinFile = components['schemas']['BulletinFile'];
export type Article = components['schemas']['BulletinArticle'];
export type ArticleInput = components['schemas']['BulletinArticleInput'];
export type ArticleAuthor = components['schemas']['ArticleAuthor'];
export type ExpertSummary = components['schemas']['ExpertSummary'];

export const ISSUE_STATUSES: IssueStatus[] = ['draft', 'in_review', 'scheduled', 'published', 'withdrawn'];

/** What the issue list asks for (the public archive always asks for published issues). */
export interface IssueQuery {
  status?: IssueStatus;
  year?: number;
  page: number;
  size: number;
}

/** The article search: the public archive's (q, year, field) or the office's desk (placed). */
export interface ArticleQuery {
  q?: string;
  year?: number;
  field?: string;
  issueId?: string;
  /** Staff and admin only: the API refuses it for others. */
  placed?: boolean;
  sort?: string;
  page: number;
  size: number;
}

export const bulletinKeys = {
  all: ['bulletins'] as const,
  issues: (query: IssueQuery) => ['bulletins', 'issues', query] as const,
  issue: (id: string) => ['bulletins', 'issue', id] as const,
  years: ['bulletins', 'years'] as const,
  articles: (query: ArticleQuery) => ['bulletins', 'articles', query] as const,
  article: (id: string) => ['bulletins', 'article', id] as const,
};

/** A URL of the API (files carry URLs relative to its base) as an absolute address. */
export function apiHref(relative: string): string {
  return `${getConfig().apiUrl}${relative}`;
}

/** The file offered as a download (Content-Disposition: attachment) rather than shown. */
export function downloadHref(relative: string): string {
  return `${apiHref(relative)}${relative.includes('?') ? '&' : '?'}download=true`;
}

export const PDF_TYPES = ['application/pdf'] as const;
export const IMAGE_TYPES = ['image/png', 'image/jpeg'] as const;
export const MAX_ISSUE_PDF_BYTES = 30 * 1024 * 1024;
export const MAX_ARTICLE_PDF_BYTES = 20 * 1024 * 1024;
export const MAX_COVER_BYTES = 5 * 1024 * 1024;
