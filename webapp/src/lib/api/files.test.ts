import { describe, expect, it } from 'vitest';
import { contentTypeOf } from './files';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const OFFICE = ['application/pdf', DOCX, 'image/png', 'image/jpeg'];
const EVIDENCE = ['application/pdf', 'image/png', 'image/jpeg'];

describe('content type of an upload', () => {
  it('keeps the browser’s type when it is accepted', () => {
    expect(contentTypeOf({ type: 'image/png', name: 'a.bin' }, OFFICE)).toBe('image/png');
    expect(contentTypeOf({ type: DOCX, name: 'a' }, OFFICE)).toBe(DOCX);
  });

  it('guesses from the name when the browser gives none', () => {
    expect(contentTypeOf({ type: '', name: 'Du thao.DOCX' }, OFFICE)).toBe(DOCX);
    expect(contentTypeOf({ type: '', name: 'anh.jpg' }, OFFICE)).toBe('image/jpeg');
    expect(contentTypeOf({ type: 'application/octet-stream', name: 'anh.jpeg' }, EVIDENCE)).toBe(
      'image/jpeg',
    );
  });

  it('falls back to the first accepted type', () => {
    expect(contentTypeOf({ type: '', name: 'bao-cao' }, OFFICE)).toBe('application/pdf');
    expect(contentTypeOf({ type: DOCX, name: 'bao-cao.docx' }, EVIDENCE)).toBe('application/pdf');
  });
});
