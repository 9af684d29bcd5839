import type { components } from './schema';

export type Problem = components['schemas']['Problem'];

/** An HTTP error from the API, carrying its RFC 9457 problem (or a synthetic one for network failures). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** From Retry-After (429, 503): the seconds to wait before trying again, when the server said. */
  readonly retryAfterSeconds?: number;

  constructor(status: number, problem: Problem, retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Field errors keyed by field path ("name", "contact.email"), first message per field. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem.errors ?? []) {
      if (!(e.field in out)) out[e.field] = e.message;
    }
    return out;
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'title' in value && 'status' in value;
}

/**
 * Retry-After as seconds from now (RFC 9110: delay-seconds or an HTTP date); undefined when absent or
 * unreadable. A date in the past is 0.
 */
export function retryAfterSeconds(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** Turns an openapi-fetch result into its data, or throws an ApiError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  const { data, error, response } = result;
  if (response.ok) {
    return data as T;
  }
  const problem: Problem = isProblem(error)
    ? error
    : {
        type: 'about:blank',
        title: response.statusText || `HTTP ${response.status}`,
        status: response.status,
      };
  throw new ApiError(response.status, problem, retryAfterSeconds(response.headers.get('Retry-After')));
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
