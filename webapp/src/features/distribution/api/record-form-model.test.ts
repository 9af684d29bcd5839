import { describe, expect, it } from 'vitest';
import {
  newSending,
  toBatchInput,
  toRecordInput,
  toRecordUpdate,
  validateSending,
} from './record-form-model';

const TODAY = '2026-11-20';

describe('sending form', () => {
  it('asks for a recipient, or a list, depending on what is recorded', () => {
    const v = newSending(TODAY);
    expect(validateSending(v, 'record', TODAY)).toEqual({
      recipientId: { key: 'distribution.validation.recipient' },
    });
    expect(validateSending(v, 'batch', TODAY)).toEqual({ listId: { key: 'distribution.validation.list' } });
  });

  it("leaves a new record's copies to the recipient, but a correction needs them", () => {
    const v = { ...newSending(TODAY), recipientId: 'r' };
    expect(validateSending(v, 'record', TODAY)).toEqual({});
    expect(validateSending(v, 'correct', TODAY).copies).toBeDefined();
    expect(validateSending({ ...v, copies: 1001 }, 'record', TODAY).copies).toBeDefined();
  });

  it("refuses a date in the province's future, and dates that do not exist", () => {
    const v = { ...newSending(TODAY), listId: 'l' };
    expect(validateSending({ ...v, sentOn: '2026-11-21' }, 'batch', TODAY).sentOn).toEqual({
      key: 'distribution.validation.sentOnFuture',
    });
    expect(validateSending({ ...v, sentOn: '2026-02-30' }, 'batch', TODAY).sentOn).toEqual({
      key: 'validation.date',
    });
    expect(validateSending({ ...v, sentOn: '' }, 'batch', TODAY).sentOn).toEqual({
      key: 'validation.required',
    });
    expect(validateSending({ ...v, sentOn: TODAY }, 'batch', TODAY)).toEqual({});
  });

  it('builds the request bodies', () => {
    const v = { ...newSending(TODAY), recipientId: 'r', listId: 'l', note: ' gửi kèm công văn ' };
    expect(toRecordInput(v)).toEqual({
      recipientId: 'r',
      copies: undefined,
      sentOn: TODAY,
      method: 'post',
      note: 'gửi kèm công văn',
    });
    expect(toBatchInput({ ...v, note: '' })).toEqual({
      listId: 'l',
      sentOn: TODAY,
      method: 'post',
      note: undefined,
    });
    expect(toRecordUpdate({ ...v, copies: 3, method: 'in_person' })).toEqual({
      copies: 3,
      sentOn: TODAY,
      method: 'in_person',
      note: 'gửi kèm công văn',
    });
  });
});
