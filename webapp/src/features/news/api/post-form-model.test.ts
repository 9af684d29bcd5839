import { describe, expect, it } from 'vitest';
import {
  fromProvinceLocal,
  newPostValues,
  postServerErrors,
  splitTags,
  toPostInput,
  toProvinceLocal,
  validatePost,
} from './post-form-model';

describe('the post form', () => {
  it('asks for a title and a body that shows something', () => {
    const errors = validatePost({ ...newPostValues(), bodyHtml: '<p> </p>' });
    expect(errors.title).toEqual({ key: 'validation.required' });
    expect(errors.bodyHtml).toEqual({ key: 'validation.required' });
    expect(validatePost({ ...newPostValues(), title: 'Tin', bodyHtml: '<p>Nội dung</p>' })).toEqual({});
  });

  it('splits tags, lower case, once each', () => {
    expect(splitTags(' Hội thi, sáng tạo ,, hội thi ')).toEqual(['hội thi', 'sáng tạo']);
  });

  it('sends the event fields for an event only, its time in the province', () => {
    const values = {
      ...newPostValues(),
      title: ' Hội thảo ',
      bodyHtml: '<p>x</p>',
      eventStartsAt: '2026-12-10T08:00',
      eventPlace: 'TP Vinh',
    };
    expect(toPostInput(values)).toMatchObject({
      title: 'Hội thảo',
      eventStartsAt: undefined,
      eventPlace: undefined,
    });
    expect(toPostInput({ ...values, kind: 'event' })).toMatchObject({
      eventStartsAt: '2026-12-10T01:00:00.000Z',
      eventPlace: 'TP Vinh',
    });
    expect(toProvinceLocal('2026-12-10T01:00:00Z')).toBe('2026-12-10T08:00');
    expect(fromProvinceLocal('mai')).toBeUndefined();
  });

  it('puts the API field errors on the form fields', () => {
    const { byField, other } = postServerErrors({
      'tags[0]': 'không được để trống',
      audience: 'sai',
      x: 'y',
    });
    expect(byField.tags).toEqual({ message: 'không được để trống' });
    expect(byField.audience).toEqual({ message: 'sai' });
    expect(other).toEqual(['x: y']);
  });
});
