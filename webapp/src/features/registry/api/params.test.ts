import { describe, expect, it } from 'vitest';
import { parseDocumentParams, toDocumentParams } from './params';

describe('registry URL state', () => {
  it('reads filters and drops invalid values', () => {
    const q = parseDocumentParams(
      new URLSearchParams(
        'q=chuong%20trinh&number=106&type=program&direction=up&from=2019-01-01&to=2019-13&size=7',
      ),
    );
    expect(q).toEqual({
      q: 'chuong trinh',
      number: '106',
      direction: undefined,
      type: 'program',
      from: '2019-01-01',
      to: undefined,
      sort: '-documentDate,-number',
      page: 1,
      size: 20,
    });
  });

  it('round-trips and leaves defaults out', () => {
    const q = parseDocumentParams(
      new URLSearchParams('type=decision&direction=incoming&page=3&sort=-createdAt'),
    );
    expect(toDocumentParams(q).toString()).toBe('direction=incoming&type=decision&sort=-createdAt&page=3');
    expect(toDocumentParams(parseDocumentParams(new URLSearchParams())).toString()).toBe('');
  });
});
