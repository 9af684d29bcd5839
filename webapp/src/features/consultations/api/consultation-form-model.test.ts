import { describe, expect, it } from 'vitest';
import {
  emptyValues,
  serverFieldErrors,
  toInput,
  validateConsultation,
  type ConsultationFormValues,
} from './consultation-form-model';

const valid: ConsultationFormValues = {
  ...emptyValues('2026-03-02'),
  subject: 'Phản biện Đề án phát triển vùng nguyên liệu cam Vinh',
  requestingBody: 'UBND tỉnh Nghệ An',
  deadline: '2026-04-15',
};
const keyOf = (change: Partial<ConsultationFormValues>, field: keyof ConsultationFormValues) => {
  const e = validateConsultation({ ...valid, ...change })[field];
  return e && 'key' in e ? e.key : e;
};

describe('consultation form (mirrors the API)', () => {
  it('accepts a minimal valid request', () => {
    expect(validateConsultation(valid)).toEqual({});
  });

  it('requires subject, requesting body and both dates', () => {
    expect(keyOf({ subject: ' ' }, 'subject')).toBe('validation.required');
    expect(keyOf({ requestingBody: '' }, 'requestingBody')).toBe('validation.required');
    expect(keyOf({ requestDate: '' }, 'requestDate')).toBe('validation.required');
    expect(keyOf({ deadline: '' }, 'deadline')).toBe('validation.required');
  });

  it('enforces lengths, dates and the deadline after the request', () => {
    expect(keyOf({ subject: 'a'.repeat(501) }, 'subject')).toBe('validation.maxLength');
    expect(keyOf({ requestReference: 'a'.repeat(101) }, 'requestReference')).toBe('validation.maxLength');
    expect(keyOf({ deadline: '15/04/2026' }, 'deadline')).toBe('validation.date');
    expect(keyOf({ deadline: '2026-03-01' }, 'deadline')).toBe('consultations.form.deadlineBeforeRequest');
    expect(keyOf({ deadline: '2026-03-02' }, 'deadline')).toBeUndefined();
    expect(keyOf({ fieldCodes: Array.from({ length: 11 }, (_, i) => `f${i}`) }, 'fieldCodes')).toBe(
      'consultations.form.tooManyFields',
    );
  });

  it('trims the input and leaves out empty optional fields', () => {
    expect(
      toInput({
        ...valid,
        subject: '  Tư vấn  ',
        description: ' ',
        requestReference: ' 12/UBND ',
        fieldCodes: ['thuy-loi'],
      }),
    ).toEqual({
      kind: 'critique',
      subject: 'Tư vấn',
      description: undefined,
      requestingBody: 'UBND tỉnh Nghệ An',
      requestReference: '12/UBND',
      requestDate: '2026-03-02',
      deadline: '2026-04-15',
      fieldCodes: ['thuy-loi'],
    });
  });

  it('puts API field errors on their fields (fieldCodes[1] on the fields picker)', () => {
    const { byField, other } = serverFieldErrors({
      deadline: 'phải sau ngày đề nghị',
      'fieldCodes[1]': 'lĩnh vực không tồn tại',
      foo: 'bar',
    });
    expect(byField.deadline).toEqual({ message: 'phải sau ngày đề nghị' });
    expect(byField.fieldCodes).toEqual({ message: 'lĩnh vực không tồn tại' });
    expect(other).toEqual(['foo: bar']);
  });
});
