import { describe, expect, it } from 'vitest';
import { ApiError, isApiError, retryAfterSeconds, unwrap } from './problem';

describe('unwrap', () => {
  it('returns data of a successful response', () => {
    expect(unwrap({ data: { a: 1 }, response: new Response(null, { status: 200 }) })).toEqual({ a: 1 });
  });

  it('throws the API problem with its status and field errors', () => {
    const problem = {
      type: 'urn:problem-type:lhh:validation-error',
      title: 'Dữ liệu không hợp lệ',
      status: 400,
      errors: [{ field: 'name', message: 'không được để trống' }],
    };
    try {
      unwrap({ error: problem, response: new Response(null, { status: 400 }) });
      expect.unreachable();
    } catch (e) {
      expect(isApiError(e, 400)).toBe(true);
      expect((e as ApiError).fieldErrors()).toEqual({ name: 'không được để trống' });
    }
  });

  it('makes a problem of a non-problem error body', () => {
    expect(() => unwrap({ error: 'Bad gateway', response: new Response(null, { status: 502 }) })).toThrow(
      ApiError,
    );
  });
});

describe('Retry-After', () => {
  it('is carried by the ApiError of a 429', () => {
    const response = new Response(null, { status: 429, headers: { 'Retry-After': '17' } });
    try {
      unwrap({ error: { type: 'about:blank', title: 'Too Many Requests', status: 429 }, response });
      expect.unreachable();
    } catch (e) {
      expect(isApiError(e, 429)).toBe(true);
      expect((e as ApiError).retryAfterSeconds).toBe(17);
    }
  });

  it('reads seconds and HTTP dates, and ignores what it cannot read', () => {
    const now = Date.parse('2026-11-27T10:00:00Z');
    expect(retryAfterSeconds('30', now)).toBe(30);
    expect(retryAfterSeconds('Fri, 27 Nov 2026 10:01:30 GMT', now)).toBe(90);
    expect(retryAfterSeconds('Fri, 27 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterSeconds('soon', now)).toBeUndefined();
    expect(retryAfterSeconds(null, now)).toBeUndefined();
  });
});
