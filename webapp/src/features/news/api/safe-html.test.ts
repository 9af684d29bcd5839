import { describe, expect, it } from 'vitest';
import { htmlText, safeHtml, safeUrl } from './safe-html';

describe('safeHtml', () => {
  it.each([
    '<p>Tin</p><script>alert(1)</script>',
    '<img src="x" onerror="alert(1)">',
    '<p onclick="alert(1)">Tin</p>',
    '<a href="javascript:alert(1)">bấm</a>',
    '<a href=" JaVaScRiPt:alert(1)">bấm</a>',
    '<img src="data:image/svg+xml;base64,PHN2Zz4=">',
    '<iframe src="https://evil.example"></iframe><p>Tin</p>',
    '<svg onload="alert(1)"><p>Tin</p></svg>',
    '<style>p{}</style><p style="color:red">Tin</p>',
  ])('keeps nothing executable of %s', (attack) => {
    const out = safeHtml(attack).toLowerCase();
    expect(out).not.toContain('<script');
    expect(out).not.toContain('javascript:');
    expect(out).not.toContain('data:');
    expect(out).not.toMatch(/\son[a-z]+=/);
    expect(out).not.toContain('<iframe');
    expect(out).not.toContain('<svg');
    expect(out).not.toContain('style');
  });

  it('keeps ordinary rich text, links made safe to follow', () => {
    const out = safeHtml(
      '<h1>Tiêu đề</h1><p>Có <b>120</b> mô hình, <em>15</em> giải.</p><ul><li>Một</li></ul>' +
        '<a href="https://lhh.example.vn/x">Xem</a><img src="https://lhh.example.vn/a.png" alt="Ảnh">',
    );
    expect(out).toContain('<h2>Tiêu đề</h2>');
    expect(out).toContain('<strong>120</strong>');
    expect(out).toContain('<em>15</em>');
    expect(out).toContain('<ul><li>Một</li></ul>');
    expect(out).toContain('href="https://lhh.example.vn/x"');
    expect(out).toContain('rel="noopener noreferrer nofollow"');
    expect(out).toContain('alt="Ảnh"');
  });

  it('keeps the text of unknown elements', () => {
    expect(safeHtml('<span>Xin <font>chào</font></span>')).toBe('Xin chào');
  });
});

describe('safeUrl and htmlText', () => {
  it('allows http(s) everywhere and mailto for links only', () => {
    expect(safeUrl('https://a.vn', false)).toBe(true);
    expect(safeUrl('mailto:a@b.vn', true)).toBe(true);
    expect(safeUrl('mailto:a@b.vn', false)).toBe(false);
    expect(safeUrl('java\tscript:alert(1)', true)).toBe(false);
    expect(safeUrl('/relative', true)).toBe(false);
  });

  it('reads the text of HTML', () => {
    expect(htmlText('<p>Xin</p>\n<p><strong>chào</strong></p>')).toBe('Xin chào');
    expect(htmlText('<p> </p><br>')).toBe('');
  });
});
