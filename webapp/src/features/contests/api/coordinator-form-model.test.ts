import { describe, expect, it } from 'vitest';
import { EMPTY_COORDINATOR, toCoordinatorInput, validateCoordinator } from './coordinator-form-model';

describe('coordinator form', () => {
  it('requires the school of a school contact only', () => {
    const values = {
      ...EMPTY_COORDINATOR,
      username: 'coordinator',
      fullName: 'Cô Hương',
      district: 'Thành phố Vinh',
    };
    expect(validateCoordinator(values).school).toEqual({ key: 'validation.required' });
    expect(validateCoordinator({ ...values, kind: 'district' })).toEqual({});
    expect(validateCoordinator({ ...values, username: 'cô hương', school: 'THCS' }).username).toMatchObject({
      key: 'contests.coordinators.usernameInvalid',
    });
  });

  it('sends no school for a district coordinator', () => {
    expect(
      toCoordinatorInput({
        ...EMPTY_COORDINATOR,
        kind: 'district',
        username: ' c2 ',
        fullName: 'A',
        district: 'B',
        school: 'X',
      }),
    ).toMatchObject({ username: 'c2', school: undefined, district: 'B', active: true });
  });
});
