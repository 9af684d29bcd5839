import { afterEach, describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import { ASSIGNMENT_STATUSES, CONSULTATION_KINDS, CONSULTATION_STATUSES } from '../api/consultations';
import { ASSIGNMENT_STATUS_LABEL, KIND_LABEL, STATUS_LABEL, STEP_LABEL } from './labels';

describe('consultation labels', () => {
  afterEach(() => void i18n.changeLanguage('vi'));

  it('names kinds and statuses in Vietnamese', () => {
    expect(CONSULTATION_KINDS.map((k) => i18n.t(KIND_LABEL[k]))).toEqual([
      'Tư vấn',
      'Phản biện',
      'Giám định xã hội',
    ]);
    expect(CONSULTATION_STATUSES.map((s) => i18n.t(STATUS_LABEL[s]))).toEqual([
      'Đã tiếp nhận',
      'Đã phân công chuyên gia',
      'Đã tổng hợp ý kiến',
      'Đã gửi văn bản trả lời',
      'Đã kết thúc',
      'Đã hủy',
    ]);
  });

  it('names every assignment status and step in English', async () => {
    await i18n.changeLanguage('en');
    expect(ASSIGNMENT_STATUSES.map((s) => i18n.t(ASSIGNMENT_STATUS_LABEL[s]))).toEqual([
      'Invited',
      'No conflict of interest',
      'Conflict of interest',
      'Accepted',
      'Declined',
      'Opinion submitted',
      'Withdrawn',
    ]);
    expect(i18n.t(STEP_LABEL.declare)).toBe('Next step: declare any conflict of interest');
  });
});
