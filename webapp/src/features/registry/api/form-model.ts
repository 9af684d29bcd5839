import { tk } from '@/i18n';
import { formFieldErrors, type FieldError } from '@/lib/form-errors';
import type { DocumentDirection, DocumentInput, DocumentType } from './registry';

export interface DocumentFormValues {
  direction: DocumentDirection;
  type: DocumentType;
  documentDate: string;
  receivedOn: string;
  senderSymbol: string;
  draftingUnit: string;
  subject: string;
  signer: string;
  signerTitle: string;
  issuingBody: string;
  /** Nơi nhận, one per line. */
  recipients: string;
  /** Member associations among the recipients (their officers may read the document). */
  associationIds: string[];
  note: string;
}

export type DocumentFormField = Exclude<keyof DocumentFormValues, 'associationIds'>;
export type DocumentFormErrors = Partial<Record<DocumentFormField, FieldError>>;

export function emptyDocument(direction: DocumentDirection, today: string): DocumentFormValues {
  return {
    direction,
    type: direction === 'incoming' ? 'official_letter' : 'notice',
    documentDate: today,
    receivedOn: direction === 'incoming' ? today : '',
    senderSymbol: '',
    draftingUnit: '',
    subject: '',
    signer: '',
    signerTitle: '',
    issuingBody: '',
    recipients: '',
    associationIds: [],
    note: '',
  };
}

/** Checks what the browser can check; the API checks everything again. */
export function validateDocument(v: DocumentFormValues, today: string): DocumentFormErrors {
  const e: DocumentFormErrors = {};
  const required = { key: tk('registry.form.required') };
  if (!v.subject.trim()) e.subject = required;
  if (!v.documentDate) e.documentDate = required;
  else if (v.documentDate > today) e.documentDate = { key: tk('registry.form.notFuture') };
  if (v.direction === 'incoming') {
    if (!v.receivedOn) e.receivedOn = required;
    else if (v.receivedOn > today) e.receivedOn = { key: tk('registry.form.notFuture') };
    else if (v.documentDate && v.receivedOn < v.documentDate)
      e.receivedOn = { key: tk('registry.form.receivedBeforeDated') };
    if (!v.senderSymbol.trim()) e.senderSymbol = required;
    if (!v.issuingBody.trim()) e.issuingBody = required;
  } else if (v.draftingUnit && !/^[\p{L}\p{N}]{1,20}$/u.test(v.draftingUnit)) {
    e.draftingUnit = { key: tk('registry.form.draftingUnit') };
  }
  return e;
}

const blank = (s: string) => s.trim() || undefined;

export function toDocumentInput(
  v: DocumentFormValues,
  associationNames: Record<string, string>,
): DocumentInput {
  const incoming = v.direction === 'incoming';
  const recipients = [
    ...v.associationIds.map((id) => ({ name: associationNames[id] ?? id, associationId: id })),
    ...v.recipients
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0)
      .map((name) => ({ name })),
  ];
  return {
    direction: v.direction,
    type: v.type,
    documentDate: v.documentDate,
    receivedOn: incoming ? v.receivedOn : undefined,
    senderSymbol: incoming ? blank(v.senderSymbol) : undefined,
    draftingUnit: incoming ? undefined : blank(v.draftingUnit),
    subject: v.subject.trim(),
    signer: blank(v.signer),
    signerTitle: blank(v.signerTitle),
    issuingBody: blank(v.issuingBody),
    recipients,
    note: blank(v.note),
  };
}

const FIELDS: DocumentFormField[] = [
  'direction',
  'type',
  'documentDate',
  'receivedOn',
  'senderSymbol',
  'draftingUnit',
  'subject',
  'signer',
  'signerTitle',
  'issuingBody',
  'recipients',
  'note',
];

/** The API's field errors by form field ("recipients[2].name" belongs to recipients). */
export function documentFieldErrors(errors: Record<string, string>) {
  return formFieldErrors<DocumentFormField>(errors, (path) => {
    const root = path.split(/[.[]/)[0] as DocumentFormField;
    return FIELDS.includes(root) ? root : undefined;
  });
}
