import { describe, expect, it } from 'vitest';
import { formFieldErrors } from './form-errors';

describe('form field errors from the API', () => {
  const fields = ['name', 'fieldCodes'] as const;
  const fieldOf = (path: string) => fields.find((f) => f === path.replace(/\[\d+\]$/, ''));

  it('puts each message next to its field, the first per field, and returns the rest', () => {
    expect(
      formFieldErrors(
        { name: 'trống', 'fieldCodes[1]': 'không có', 'fieldCodes[2]': 'trùng', $: 'x' },
        fieldOf,
      ),
    ).toEqual({
      byField: { name: { message: 'trống' }, fieldCodes: { message: 'không có' } },
      other: ['$: x'],
    });
  });
});
