import { describe, expect, it } from 'vitest';
import { documentFieldErrors, emptyDocument, toDocumentInput, validateDocument } from './form-model';

describe('document form', () => {
  it('needs the sender, their symbol and the day of arrival for an incoming document', () => {
    const v = emptyDocument('incoming', '2026-11-27');
    v.subject = 'Về việc góp ý';
    expect(Object.keys(validateDocument(v, '2026-11-27')).sort()).toEqual(['issuingBody', 'senderSymbol']);
    v.receivedOn = '2026-11-20';
    v.documentDate = '2026-11-25';
    expect(validateDocument(v, '2026-11-27').receivedOn).toEqual({
      key: 'registry.form.receivedBeforeDated',
    });
  });

  it('refuses a future date and a drafting unit with spaces', () => {
    const v = emptyDocument('outgoing', '2026-11-27');
    v.subject = 'Thông báo';
    v.documentDate = '2026-12-01';
    v.draftingUnit = 'V P';
    expect(validateDocument(v, '2026-11-27')).toEqual({
      documentDate: { key: 'registry.form.notFuture' },
      draftingUnit: { key: 'registry.form.draftingUnit' },
    });
  });

  it('sends associations and named recipients, and leaves incoming-only fields out of outgoing documents', () => {
    const v = emptyDocument('outgoing', '2026-11-27');
    v.subject = ' Thông báo ';
    v.senderSymbol = 'ignored';
    v.recipients = 'Sở KH&CN\n\n Lưu: VT ';
    v.associationIds = ['a1'];
    const input = toDocumentInput(v, { a1: 'Hội Y học' });
    expect(input.subject).toBe('Thông báo');
    expect(input.senderSymbol).toBeUndefined();
    expect(input.receivedOn).toBeUndefined();
    expect(input.recipients).toEqual([
      { name: 'Hội Y học', associationId: 'a1' },
      { name: 'Sở KH&CN' },
      { name: 'Lưu: VT' },
    ]);
  });

  it('maps the API field paths to the form fields', () => {
    const { byField, other } = documentFieldErrors({
      'recipients[1].name': 'bắt buộc',
      documentDate: 'x',
      file: 'y',
    });
    expect(byField.recipients).toEqual({ message: 'bắt buộc' });
    expect(byField.documentDate).toEqual({ message: 'x' });
    expect(other).toEqual(['file: y']);
  });
});
