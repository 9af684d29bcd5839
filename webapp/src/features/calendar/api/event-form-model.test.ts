import { describe, expect, it } from 'vitest';
import { emptyValues, fieldOf, toInput, validate } from './event-form-model';

describe('event form model', () => {
  it('sends province times with their offset and sorts participants by kind', () => {
    const v = {
      ...emptyValues('2026-12-03'),
      title: ' Họp Ban Thường vụ ',
      place: 'Phòng họp tầng 3',
      users: 'Expert, officer',
      externals: 'Sở KH&CN\n\nTỉnh đoàn',
      documents: 'Dự thảo | /api/v1/bulletins',
    };
    expect(validate(v)).toEqual({});
    const input = toInput(v);
    expect(input.startsAt).toBe('2026-12-03T08:00:00+07:00');
    expect(input.title).toBe('Họp Ban Thường vụ');
    expect(input.participants).toEqual([
      { kind: 'user', username: 'expert' },
      { kind: 'user', username: 'officer' },
      { kind: 'external', name: 'Sở KH&CN' },
      { kind: 'external', name: 'Tỉnh đoàn' },
    ]);
    expect(input.documents).toEqual([{ title: 'Dự thảo', url: '/api/v1/bulletins' }]);
    expect(input.registrationOpen).toBeUndefined();
  });

  it('checks what the API checks', () => {
    const v = { ...emptyValues('2026-12-03'), endTime: '07:00', onlineUrl: 'javascript:alert(1)' };
    expect(validate(v)).toMatchObject({
      title: 'calendar.form.required',
      endTime: 'calendar.form.endAfterStart',
      onlineUrl: 'calendar.form.url',
    });
    expect(validate({ ...emptyValues('2026-12-03'), title: 'x' })).toMatchObject({
      place: 'calendar.form.placeOrLink',
    });
    expect(fieldOf('participants[2].associationId')).toBe('users');
    expect(fieldOf('endsAt')).toBe('endTime');
  });
});
