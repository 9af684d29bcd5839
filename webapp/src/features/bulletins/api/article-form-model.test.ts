import { describe, expect, it } from 'vitest';
import type { Article } from './bulletins';
import {
  articleServerErrors,
  emptyArticleValues,
  fromArticle,
  toArticleInput,
  validateArticle,
  type ArticleFormValues,
} from './article-form-model';

const EXPERT = '00000000-0000-0000-0000-0000000000e1';

function values(change: Partial<ArticleFormValues> = {}): ArticleFormValues {
  const base = emptyArticleValues();
  return {
    ...base,
    title: 'Ứng dụng chế phẩm sinh học trong trồng cam Vinh',
    authors: [{ ...base.authors[0]!, name: 'PGS.TS. Nguyễn Văn Hùng', affiliation: 'Trường Đại học Vinh' }],
    ...change,
  };
}

describe('the article form', () => {
  it('starts with one empty author row, each row with its own key', () => {
    const a = emptyArticleValues();
    const b = emptyArticleValues();
    expect(a.authors).toHaveLength(1);
    expect(a.authors[0]!.key).not.toBe(b.authors[0]!.key);
  });

  it('needs a title and a named author for every row', () => {
    expect(validateArticle(values())).toEqual({});
    const errors = validateArticle(
      values({ title: '', authors: [...values().authors, { ...emptyArticleValues().authors[0]! }] }),
    );
    expect(errors).toEqual({
      title: { key: 'validation.required' },
      'authors[1].name': { key: 'validation.required' },
    });
    expect(validateArticle(values({ authors: [] })).authors).toEqual({
      key: 'bulletins.form.authorsRequired',
    });
  });

  it('checks the pages like the API: a first page before a last one, in order', () => {
    expect(validateArticle(values({ pageFrom: '5', pageTo: '12' }))).toEqual({});
    expect(validateArticle(values({ pageFrom: '', pageTo: '12' })).pageFrom).toEqual({
      key: 'bulletins.form.pageFromFirst',
    });
    expect(validateArticle(values({ pageFrom: '12', pageTo: '5' })).pageTo).toEqual({
      key: 'bulletins.form.pageOrder',
    });
    expect(validateArticle(values({ pageFrom: '0' })).pageFrom).toEqual({
      key: 'bulletins.form.page',
      values: { max: 10000 },
    });
  });

  it('sends trimmed text, distinct keywords, the expert links and numeric pages', () => {
    const v = values({
      keywords: [' cam Vinh ', 'cam Vinh', 'chế phẩm sinh học'],
      fieldCodes: ['nong-nghiep'],
      pageFrom: '5',
      pageTo: '',
      abstractText: '  ',
    });
    v.authors[0]!.expertId = EXPERT;
    expect(toArticleInput(v)).toEqual({
      title: 'Ứng dụng chế phẩm sinh học trong trồng cam Vinh',
      abstractText: undefined,
      keywords: ['cam Vinh', 'chế phẩm sinh học'],
      fieldCodes: ['nong-nghiep'],
      authors: [{ name: 'PGS.TS. Nguyễn Văn Hùng', expertId: EXPERT, affiliation: 'Trường Đại học Vinh' }],
      pageFrom: 5,
      pageTo: undefined,
    });
  });

  it('reads an article back into the form', () => {
    const article: Article = {
      id: '00000000-0000-0000-0000-0000000000a1',
      title: 'Bài',
      keywords: ['k'],
      fieldCodes: ['y-te'],
      authors: [{ name: 'TS. Lê Văn A', expertId: EXPERT }],
      pageFrom: 3,
      createdAt: '2026-11-01T00:00:00Z',
      updatedAt: '2026-11-01T00:00:00Z',
      version: 2,
    };
    const v = fromArticle(article);
    expect(v).toMatchObject({
      title: 'Bài',
      pageFrom: '3',
      pageTo: '',
      abstractText: '',
      fieldCodes: ['y-te'],
    });
    expect(v.authors.map(({ name, expertId, affiliation }) => ({ name, expertId, affiliation }))).toEqual([
      { name: 'TS. Lê Văn A', expertId: EXPERT, affiliation: '' },
    ]);
  });

  it('puts the API’s errors on the author row and field they name', () => {
    expect(
      articleServerErrors({ 'authors[1].expertId': 'không có', 'fieldCodes[0]': 'không có', x: 'y' }),
    ).toEqual({
      byField: { 'authors[1].expertId': { message: 'không có' }, fieldCodes: { message: 'không có' } },
      other: ['x: y'],
    });
  });
});
