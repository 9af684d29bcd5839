import { describe, expect, it } from 'vitest';
import { nextContestDate } from './current-contest';

const edition = {
  registrationOpens: '2026-03-01',
  registrationCloses: '2026-05-31',
  submissionCloses: '2026-06-30',
  judgingOpens: '2026-07-10',
  judgingCloses: '2026-07-31',
  resultsDate: '2026-08-15',
};

describe('the home tile of the current contest', () => {
  it('names the next date from today on, today included', () => {
    expect(nextContestDate(edition, '2026-01-10')).toEqual({ what: 'registrationOpens', date: '2026-03-01' });
    expect(nextContestDate(edition, '2026-05-31')).toEqual({
      what: 'registrationCloses',
      date: '2026-05-31',
    });
    expect(nextContestDate(edition, '2026-07-01')).toEqual({ what: 'judgingOpens', date: '2026-07-10' });
    expect(nextContestDate(edition, '2026-08-16')).toBeUndefined();
  });
});
