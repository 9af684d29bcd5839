import type { ResultEntry } from './judging';

/** The public line of an entry's authors: only what the API gives, and only with recorded consent. */
export type AuthorsView =
  { kind: 'withheld' } | { kind: 'authors'; authors: { name: string; place: string }[]; place?: string };

function joinPlace(...parts: (string | null | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(', ');
}

export function authorsView(entry: ResultEntry): AuthorsView {
  if (entry.authorsWithheld || entry.authors.length === 0) return { kind: 'withheld' };
  const place = joinPlace(entry.school, entry.district);
  return {
    kind: 'authors',
    authors: entry.authors.map((a) => ({ name: a.fullName, place: joinPlace(a.school, a.district) })),
    place: place || undefined,
  };
}
