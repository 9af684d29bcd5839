import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/problem';
import { contestProblemTitle } from './labels';

const problem = (status: number, type: string) =>
  new ApiError(status, { type: `https://lhh.example/problems/${type}`, title: 'x', status });

describe('contest problems', () => {
  it('names the kind of rule that refused the request', () => {
    expect(contestProblemTitle(problem(409, 'deadline'))).toBe('contests.problem.deadline');
    expect(contestProblemTitle(problem(409, 'conflict'))).toBe('contests.problem.rule');
    expect(contestProblemTitle(problem(400, 'validation-error'))).toBe('contests.problem.invalid');
    expect(contestProblemTitle(problem(412, 'precondition-failed'))).toBeUndefined();
    expect(contestProblemTitle(new Error('network'))).toBeUndefined();
  });
});
