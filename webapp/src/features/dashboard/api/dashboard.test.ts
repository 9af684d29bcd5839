import { describe, expect, it } from 'vitest';
import { countOf, type AssociationStatistics } from './dashboard';

const stats: AssociationStatistics = {
  total: 12,
  byStatus: [{ status: 'active', count: 10 }],
  byCongressStatus: [
    { congressStatus: 'due', count: 3 },
    { congressStatus: 'overdue', count: 1 },
  ],
  dueWindowMonths: 6,
};

describe('countOf', () => {
  it('reads a status and a congress status from the statistics', () => {
    expect(countOf(stats, { status: 'active' })).toBe(10);
    expect(countOf(stats, { congressStatus: 'due' })).toBe(3);
    expect(countOf(stats, { congressStatus: 'overdue' })).toBe(1);
  });

  it('counts what the statistics leave out as zero, and nothing before they are loaded', () => {
    expect(countOf(stats, { status: 'dissolved' })).toBe(0);
    expect(countOf(stats, { congressStatus: 'held' })).toBe(0);
    expect(countOf(undefined, { status: 'active' })).toBeUndefined();
  });
});
