import { apiAs, tokenOf } from './api';
import { env } from './env';

/** A random lowercase word: test data of one run carries it, so searches find only that run's records. */
export const randomWord = () => Math.random().toString(36).slice(2, 10).replace(/^\d+/, '') || 'zq';

/** A tiny valid PDF (the API checks uploads by their content). */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n' +
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n' +
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n' +
    'trailer << /Root 1 0 R >>\n%%EOF\n',
  'ascii',
);

/** The body of a successful response; anything else fails the set-up with the API's answer. */
export async function json<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function issueETag(issueId: string): Promise<string> {
  const response = await apiAs('staff', `/api/v1/bulletins/${issueId}`);
  const issue = await json<{ version: number }>(response, 'GET issue');
  return response.headers.get('etag') ?? `"${issue.version}"`;
}

/**
 * A published bulletin issue made through the API: a draft, its PDF, review, published. Issues are
 * one a month and numbered uniquely, so it takes a random month from yearFrom on (far in the future,
 * a different range per spec) and a random number, and tries another month when those are taken.
 */
export async function publishedIssue(title: string, yearFrom: number): Promise<string> {
  const year = yearFrom + Math.floor(Math.random() * 900);
  const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0');
  let created: { id: string } | undefined;
  for (let attempt = 0; attempt < 5 && !created; attempt++) {
    const response = await apiAs('staff', '/api/v1/bulletins', {
      method: 'POST',
      headers: { 'idempotency-key': crypto.randomUUID() },
      body: {
        volume: 100 + Math.floor(Math.random() * 900),
        number: 1 + Math.floor(Math.random() * 9999),
        month: `${year + attempt}-${month}`,
        title,
      },
    });
    if (response.status === 409) continue;
    created = await json<{ id: string }>(response, 'POST issue');
  }
  if (!created) throw new Error('no free month for the test issue');
  const id = created.id;
  const pdf = await fetch(`${env.apiUrl}/api/v1/bulletins/${id}/pdf?fileName=tap-san.pdf`, {
    method: 'PUT',
    headers: {
      authorization: `Bearer ${await tokenOf('staff')}`,
      'content-type': 'application/pdf',
      'if-match': await issueETag(id),
    },
    body: PDF,
  });
  await json(pdf, 'PUT pdf');
  for (const to of ['in_review', 'published']) {
    await json(
      await apiAs('staff', `/api/v1/bulletins/${id}/transitions`, {
        method: 'POST',
        headers: { 'if-match': await issueETag(id) },
        body: { to },
      }),
      `transition to ${to}`,
    );
  }
  return id;
}
