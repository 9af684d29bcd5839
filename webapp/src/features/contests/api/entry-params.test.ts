import { describe, expect, it } from 'vitest';
import { parseEntryParams, toEntryParams } from './entry-params';

const edition = '0b6f3f0e-8a57-4a8e-9a3b-0f5a2f6a1c11';

describe('entries page URL', () => {
  it('reads the filters, ignoring invalid values', () => {
    const query = parseEntryParams(
      new URLSearchParams(
        `edition=${edition}&category=nope&status=eligible&grade=13&q=may%20tuoi&sort=bad&page=2&size=7`,
      ),
    );
    expect(query).toEqual({
      edition,
      category: undefined,
      status: 'eligible',
      district: undefined,
      school: undefined,
      grade: undefined,
      q: 'may tuoi',
      sort: 'number',
      page: 2,
      size: 20,
    });
  });

  it('writes back only what differs from the defaults', () => {
    const query = parseEntryParams(
      new URLSearchParams(`edition=${edition}&grade=9&district=Vinh&sort=title`),
    );
    expect(toEntryParams(query).toString()).toBe(`edition=${edition}&district=Vinh&grade=9&sort=title`);
    expect(toEntryParams(parseEntryParams(new URLSearchParams())).toString()).toBe('');
  });
});
