import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import { ISSUE_STATUSES } from '../api/bulletins';
import { transitionActions } from '../api/workflow';
import { STATUS_LABEL, useIssueLabel } from './labels';

const issue = { volume: 7, number: 11, month: '2026-11' };

describe('bulletin labels', () => {
  afterEach(() => void i18n.changeLanguage('vi'));

  it('names statuses and workflow buttons in Vietnamese', () => {
    expect(ISSUE_STATUSES.map((s) => i18n.t(STATUS_LABEL[s]))).toEqual([
      'Bản nháp',
      'Đang duyệt',
      'Đã hẹn giờ phát hành',
      'Đã phát hành',
      'Đã thu hồi',
    ]);
    expect(
      transitionActions('in_review', ['draft', 'scheduled', 'published'], true).map((a) => i18n.t(a.label)),
    ).toEqual(['Phát hành ngay', 'Hẹn giờ phát hành…', 'Trả về bản nháp']);
  });

  it('labels an issue by number and month, in the UI language', async () => {
    const { result, rerender } = renderHook(() => useIssueLabel());
    expect(result.current(issue)).toBe('Số 11 – tháng 11 năm 2026');
    expect(result.current(issue, true)).toBe('Năm thứ 7, số 11 – tháng 11 năm 2026');
    await i18n.changeLanguage('en');
    rerender();
    expect(result.current(issue)).toBe('No. 11 – November 2026');
    expect(result.current(issue, true)).toBe('Volume 7, no. 11 – November 2026');
  });
});
