import { describe, expect, it } from 'vitest';
import { hasPending } from '../api/partners';
import { attemptOutcome, attemptSucceeded } from './labels';

describe('webhook attempts', () => {
  it('says what happened: the HTTP status, the error, or both', () => {
    expect(attemptOutcome({ httpStatus: 503 })).toBe('HTTP 503');
    expect(attemptOutcome({ error: 'Connection refused' })).toBe('Connection refused');
    expect(attemptOutcome({ httpStatus: 500, error: 'boom' })).toBe('HTTP 500 · boom');
    expect(attemptOutcome({})).toBe('—');
  });

  it('counts only a 2xx answer as success', () => {
    expect(attemptSucceeded({ httpStatus: 204 })).toBe(true);
    expect(attemptSucceeded({ httpStatus: 302 })).toBe(false);
    expect(attemptSucceeded({ error: 'timeout' })).toBe(false);
  });

  it('refreshes a log while a delivery is pending', () => {
    expect(hasPending(undefined)).toBe(false);
    expect(hasPending([{ status: 'failed' }, { status: 'pending' }] as never)).toBe(true);
  });
});
