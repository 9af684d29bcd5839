import { describe, expect, it } from 'vitest';
import { ApiError, isApiError, unwrap } from './problem';

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
