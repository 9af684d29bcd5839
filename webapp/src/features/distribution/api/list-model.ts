import { tk } from '@/i18n';
import type { FieldError } from '@/lib/form-errors';
import type { DistributionList, DistributionListInput, Recipient, RecipientKind } from './distribution';
import { parseCopies, RECIPIENT_LIMITS } from './recipient-form-model';

/** A member being edited: the recipient as it is now, and the list's override of its copies. */
export interface MemberRow {
  recipientId: string;
  name: string;
  kind: RecipientKind;
  district?: string;
  active: boolean;
  /** The recipient's own copies, when known (the API gives them only for members without an override). */
  defaultCopies?: number;
  /** The override as typed: '' means "the recipient's own". */
  copies: number | string;
}

export interface ListFormValues {
  name: string;
  description: string;
  members: MemberRow[];
}

export type ListFormErrors = Partial<Record<'name' | 'description' | 'members', FieldError>> & {
  /** Per recipient id: its copies override is not a whole number from 1 to 1000. */
  copies?: Record<string, FieldError>;
};

export const LIST_LIMITS = { name: 200, description: 2000, members: 2000 } as const;

export function fromList(list: DistributionList): ListFormValues {
  return {
    name: list.name,
    description: list.description ?? '',
    members: list.members.map((m) => ({
      recipientId: m.recipientId,
      name: m.name,
      kind: m.kind,
      district: m.district,
      active: m.active,
      defaultCopies: m.copies == null ? m.effectiveCopies : undefined,
      copies: m.copies ?? '',
    })),
  };
}

export function memberFromRecipient(r: Recipient): MemberRow {
  return {
    recipientId: r.id,
    name: r.name,
    kind: r.kind,
    district: r.district,
    active: r.active,
    defaultCopies: r.copies,
    copies: '',
  };
}

/** Adds a recipient at the end of the list, unless it is already on it (a list holds a recipient once). */
export function addMember(members: MemberRow[], r: Recipient): MemberRow[] {
  return members.some((m) => m.recipientId === r.id) ? members : [...members, memberFromRecipient(r)];
}

export function removeMember(members: MemberRow[], recipientId: string): MemberRow[] {
  return members.filter((m) => m.recipientId !== recipientId);
}

export function setMemberCopies(
  members: MemberRow[],
  recipientId: string,
  copies: number | string,
): MemberRow[] {
  return members.map((m) => (m.recipientId === recipientId ? { ...m, copies } : m));
}

const isBlank = (copies: number | string) => typeof copies === 'string' && copies.trim() === '';

/** What a sending gives this member: the override, else the recipient's own copies (undefined: unknown). */
export function effectiveCopies(m: MemberRow): number | undefined {
  return isBlank(m.copies) ? m.defaultCopies : parseCopies(m.copies);
}

/**
 * What a sending to the list takes: its active members and their copies (inactive members are
 * skipped). complete is false when some active member's copies are unknown (not counted).
 */
export function listTotals(members: MemberRow[]): {
  members: number;
  active: number;
  copies: number;
  complete: boolean;
} {
  let copies = 0;
  let complete = true;
  const active = members.filter((m) => m.active);
  for (const m of active) {
    const c = effectiveCopies(m);
    if (c === undefined) complete = false;
    else copies += c;
  }
  return { members: members.length, active: active.length, copies, complete };
}

export function validateList(v: ListFormValues): ListFormErrors {
  const errors: ListFormErrors = {};
  const name = v.name.trim();
  if (!name) errors.name = { key: tk('validation.required') };
  else if (name.length > LIST_LIMITS.name)
    errors.name = { key: tk('validation.maxLength'), values: { max: LIST_LIMITS.name } };
  if (v.description.trim().length > LIST_LIMITS.description)
    errors.description = { key: tk('validation.maxLength'), values: { max: LIST_LIMITS.description } };
  if (v.members.length > LIST_LIMITS.members)
    errors.members = { key: tk('distribution.validation.maxMembers'), values: { max: LIST_LIMITS.members } };
  for (const m of v.members) {
    if (!isBlank(m.copies) && parseCopies(m.copies) === undefined) {
      errors.copies = {
        ...errors.copies,
        [m.recipientId]: {
          key: tk('distribution.validation.copies'),
          values: { min: RECIPIENT_LIMITS.copiesMin, max: RECIPIENT_LIMITS.copiesMax },
        },
      };
    }
  }
  return errors;
}

export function hasListErrors(errors: ListFormErrors): boolean {
  return (
    errors.name !== undefined ||
    errors.description !== undefined ||
    errors.members !== undefined ||
    Object.keys(errors.copies ?? {}).length > 0
  );
}

export function toListInput(v: ListFormValues): DistributionListInput {
  return {
    name: v.name.trim(),
    description: v.description.trim() || undefined,
    members: v.members.map((m) => ({
      recipientId: m.recipientId,
      copies: isBlank(m.copies) ? undefined : parseCopies(m.copies),
    })),
  };
}

/**
 * The API's field errors by form field: "name", "description", "members" and "members[3].copies" or
 * "members[3].recipientId" (the index of the member as sent, which is its row); the rest as lines.
 */
export function listFieldErrors(errors: Record<string, string>, members: MemberRow[]) {
  const byField: ListFormErrors = {};
  const other: string[] = [];
  for (const [path, message] of Object.entries(errors)) {
    const member = /^members\[(\d+)\]\.(copies|recipientId)$/.exec(path);
    if (path === 'name' || path === 'description' || path === 'members') {
      byField[path] ??= { message };
    } else if (member && members[Number(member[1])]) {
      const row = members[Number(member[1])]!;
      if (member[2] === 'copies') byField.copies = { ...byField.copies, [row.recipientId]: { message } };
      else other.push(`${row.name}: ${message}`);
    } else {
      other.push(`${path}: ${message}`);
    }
  }
  return { byField, other };
}
