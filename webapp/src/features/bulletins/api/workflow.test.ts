import { describe, expect, it } from 'vitest';
import {
  authorNames,
  canDeleteIssue,
  defaultScheduleLocal,
  detailsEditable,
  instantToProvinceLocal,
  isEditable,
  movedPosition,
  moveItem,
  pageRange,
  provinceLocalToInstant,
  scheduleProblem,
  transitionActions,
} from './workflow';

describe('the workflow buttons (from allowedTransitions)', () => {
  it('offers a draft only the review', () => {
    expect(transitionActions('draft', ['in_review'], false)).toEqual([
      {
        to: 'in_review',
        kind: 'direct',
        label: 'bulletins.transition.submit',
        emphasis: 'primary',
        needsPdf: false,
        disabled: false,
      },
    ]);
  });

  it('puts forward moves first, publishing after a confirmation, scheduling with a time', () => {
    const actions = transitionActions('in_review', ['draft', 'published', 'scheduled'], true);
    expect(actions.map((a) => [a.to, a.kind, a.emphasis])).toEqual([
      ['published', 'confirm', 'primary'],
      ['scheduled', 'schedule', 'primary'],
      ['draft', 'direct', 'secondary'],
    ]);
    expect(actions.every((a) => !a.disabled)).toBe(true);
  });

  it('waits for the full PDF before scheduling or publishing', () => {
    const actions = transitionActions('in_review', ['draft', 'scheduled', 'published'], false);
    expect(actions.filter((a) => a.disabled).map((a) => a.to)).toEqual(['published', 'scheduled']);
    expect(actions.find((a) => a.to === 'draft')?.disabled).toBe(false);
  });

  it('names going back from a schedule differently from sending to review', () => {
    const [publish, unschedule] = transitionActions('scheduled', ['in_review', 'published'], true);
    expect(publish?.to).toBe('published');
    expect(unschedule?.label).toBe('bulletins.transition.unschedule');
    expect(unschedule?.emphasis).toBe('secondary');
  });

  it('withdraws a published issue with a reason, as a danger; a withdrawn one has no move', () => {
    expect(transitionActions('published', ['withdrawn'], true).map((a) => [a.kind, a.emphasis])).toEqual([
      ['withdraw', 'danger'],
    ]);
    expect(transitionActions('withdrawn', [], true)).toEqual([]);
    // Readers get no allowed moves from the API: no buttons.
    expect(transitionActions('published', [], true)).toEqual([]);
  });

  it('mirrors what the API lets change in each status', () => {
    expect(
      ['draft', 'in_review', 'scheduled', 'published', 'withdrawn'].map((s) => isEditable(s as never)),
    ).toEqual([true, true, true, false, false]);
    expect(detailsEditable('draft')).toBe('all');
    expect(detailsEditable('published')).toBe('text');
    expect(detailsEditable('withdrawn')).toBe('none');
    expect(canDeleteIssue('draft')).toBe(true);
    expect(canDeleteIssue('in_review')).toBe(false);
  });
});

describe('the province clock (Asia/Ho_Chi_Minh, UTC+7)', () => {
  it('turns the picker’s wall-clock value into an instant and back', () => {
    expect(provinceLocalToInstant('2026-12-01T08:00')).toBe('2026-12-01T01:00:00.000Z');
    expect(provinceLocalToInstant('2026-12-01T03:30')).toBe('2026-11-30T20:30:00.000Z');
    expect(instantToProvinceLocal('2026-11-30T20:30:00Z')).toBe('2026-12-01T03:30');
    expect(instantToProvinceLocal(new Date('2026-06-30T23:59:00Z'))).toBe('2026-07-01T06:59');
  });

  it('refuses what is not a date and time', () => {
    expect(provinceLocalToInstant('')).toBeUndefined();
    expect(provinceLocalToInstant('2026-12-01')).toBeUndefined();
    expect(provinceLocalToInstant('2026-13-01T08:00')).toBeUndefined();
  });

  it('suggests tomorrow at 08:00 province time, and checks the time is in the future', () => {
    // 20:00 UTC is already 03:00 the next day in Vinh.
    const now = new Date('2026-11-27T20:00:00Z');
    expect(defaultScheduleLocal(now)).toBe('2026-11-29T08:00');
    expect(scheduleProblem('2026-11-29T08:00', now)).toBeUndefined();
    expect(scheduleProblem('2026-11-28T03:00', now)).toBe('past');
    expect(scheduleProblem('', now)).toBe('required');
  });
});

describe('the order of the articles', () => {
  it('moves to the neighbour’s position, not past the ends', () => {
    const positions = [1, 2, 3];
    expect(movedPosition(positions, 1, -1)).toBe(1);
    expect(movedPosition(positions, 1, 1)).toBe(3);
    expect(movedPosition(positions, 0, -1)).toBeUndefined();
    expect(movedPosition(positions, 2, 1)).toBeUndefined();
    expect(movedPosition([], 0, 1)).toBeUndefined();
  });

  it('shows the list as it will be', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });
});

describe('labels', () => {
  it('writes page ranges, authors and file sizes', () => {
    expect(pageRange(5, 12)).toBe('5–12');
    expect(pageRange(5, 5)).toBe('5');
    expect(pageRange(5, undefined)).toBe('5');
    expect(pageRange(undefined, 7)).toBeUndefined();
    expect(authorNames([{ name: 'PGS.TS. Nguyễn Văn Hùng' }, { name: 'ThS. Trần Thị Lan' }])).toBe(
      'PGS.TS. Nguyễn Văn Hùng, ThS. Trần Thị Lan',
    );
  });
});
