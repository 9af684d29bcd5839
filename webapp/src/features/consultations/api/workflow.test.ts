import { describe, expect, it } from 'vitest';
import {
  addDays,
  assignmentStep,
  canWithdraw,
  etagVersion,
  isOpen,
  parseRecipients,
  parseWarning,
  seesDocuments,
  stepIndex,
  todayIso,
} from './workflow';

describe('assignment step (what the expert does next)', () => {
  it('follows invited → declare, cleared → answer, accepted → write', () => {
    expect(assignmentStep('invited', 'experts_assigned')).toBe('declare');
    expect(assignmentStep('cleared', 'experts_assigned')).toBe('answer');
    expect(assignmentStep('accepted', 'experts_assigned')).toBe('write');
    expect(assignmentStep('accepted', 'opinions_collected')).toBe('write');
  });

  it('is done once submitted, ended when declined, conflicted or withdrawn', () => {
    expect(assignmentStep('submitted', 'experts_assigned')).toBe('submitted');
    expect(assignmentStep('submitted', 'closed')).toBe('submitted');
    expect(assignmentStep('conflicted', 'experts_assigned')).toBe('ended');
    expect(assignmentStep('declined', 'experts_assigned')).toBe('ended');
    expect(assignmentStep('withdrawn', 'received')).toBe('ended');
  });

  it('takes no more work once the consultation is no longer open', () => {
    expect(assignmentStep('invited', 'cancelled')).toBe('closed');
    expect(assignmentStep('accepted', 'response_sent')).toBe('closed');
  });

  it('numbers the steps of the guide', () => {
    expect(['declare', 'answer', 'write', 'submitted'].map((s) => stepIndex(s as never))).toEqual([
      0, 1, 2, 3,
    ]);
  });
});

describe('workflow rules mirrored from the API', () => {
  it('knows the open consultation statuses', () => {
    expect(isOpen('received')).toBe(true);
    expect(isOpen('opinions_collected')).toBe(true);
    expect(isOpen('response_sent')).toBe(false);
    expect(isOpen('cancelled')).toBe(false);
  });

  it('withdraws only assignments whose opinion is not in', () => {
    expect(canWithdraw('invited')).toBe(true);
    expect(canWithdraw('accepted')).toBe(true);
    expect(canWithdraw('submitted')).toBe(false);
    expect(canWithdraw('declined')).toBe(false);
  });

  it('shows documents only after declaring no conflict', () => {
    expect(seesDocuments('invited')).toBe(false);
    expect(seesDocuments('conflicted')).toBe(false);
    expect(seesDocuments('cleared')).toBe(true);
    expect(seesDocuments('submitted')).toBe(true);
  });
});

describe('helpers', () => {
  it('reads the version from an ETag', () => {
    expect(etagVersion('"3"')).toBe(3);
    expect(etagVersion('W/"12"')).toBe(12);
    expect(etagVersion('7')).toBe(7);
    expect(etagVersion(null)).toBeUndefined();
    expect(etagVersion('"abc"')).toBeUndefined();
  });

  it('turns warning codes into readable kinds', () => {
    expect(parseWarning('same_organisation_as_requester')).toEqual({ kind: 'sameOrganisation' });
    expect(parseWarning('same_organisation_as_requester', '2026-05-01')).toEqual({
      kind: 'sameOrganisation',
    });
    expect(parseWarning('busy', '2026-05-01')).toEqual({ kind: 'busy', until: '2026-05-01' });
    expect(parseWarning('busy')).toEqual({ kind: 'busy' });
    expect(parseWarning('something_new' as never)).toEqual({ kind: 'other', code: 'something_new' });
  });

  it('splits recipients by line or semicolon, without blanks or repeats', () => {
    expect(
      parseRecipients('UBND tỉnh Nghệ An\n\n  Sở Nông nghiệp  và Môi trường ;UBND tỉnh Nghệ An'),
    ).toEqual(['UBND tỉnh Nghệ An', 'Sở Nông nghiệp và Môi trường']);
    expect(parseRecipients('  ')).toEqual([]);
  });

  it('computes calendar dates', () => {
    expect(todayIso(new Date(2026, 0, 5))).toBe('2026-01-05');
    expect(addDays('2026-01-30', 3)).toBe('2026-02-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
