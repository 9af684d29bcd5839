import { describe, expect, it } from 'vitest';
import { currentStep } from './phases';

describe('phases', () => {
  it('highlights judging while it is being prepared and deliberated', () => {
    expect(currentStep('registration')).toBe('registration');
    expect(currentStep('preparing_judging')).toBe('judging');
    expect(currentStep('deliberation')).toBe('judging');
    expect(currentStep('upcoming')).toBeUndefined();
  });
});
