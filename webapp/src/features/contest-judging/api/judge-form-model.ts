import { tk } from '@/i18n';
import type { Judge, JudgeInput } from './judging';

export interface JudgeFormValues {
  fullName: string;
  username: string;
  expertId: string | null;
  affiliation: string;
  email: string;
  phone: string;
  /** One school a line. */
  schools: string;
}

export type JudgeFormErrors = Partial<Record<keyof JudgeFormValues, string>>;

export function judgeFormValues(judge?: Judge): JudgeFormValues {
  return {
    fullName: judge?.fullName ?? '',
    username: judge?.username ?? '',
    expertId: judge?.expertId ?? null,
    affiliation: judge?.affiliation ?? '',
    email: judge?.email ?? '',
    phone: judge?.phone ?? '',
    schools: (judge?.schools ?? []).join('\n'),
  };
}

export function schoolLines(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '' && !seen.has(s.toLowerCase()) && seen.add(s.toLowerCase()));
}

/** Errors as i18n keys: a name unless an expert of the network is linked; a username of letters, digits, . _ @ -. */
export function validateJudge(values: JudgeFormValues): JudgeFormErrors {
  const errors: JudgeFormErrors = {};
  if (!values.expertId && values.fullName.trim() === '')
    errors.fullName = tk('contestJudging.judges.error.name');
  if (values.username.trim() !== '' && !/^[A-Za-z0-9._@-]+$/.test(values.username.trim()))
    errors.username = tk('contestJudging.judges.error.username');
  if (schoolLines(values.schools).length > 20) errors.schools = tk('contestJudging.judges.error.schools');
  return errors;
}

const blankToUndefined = (s: string) => (s.trim() === '' ? undefined : s.trim());

export function toJudgeInput(values: JudgeFormValues): JudgeInput {
  return {
    fullName: blankToUndefined(values.fullName),
    username: blankToUndefined(values.username),
    expertId: values.expertId ?? undefined,
    affiliation: blankToUndefined(values.affiliation),
    email: blankToUndefined(values.email),
    phone: blankToUndefined(values.phone),
    schools: schoolLines(values.schools),
  };
}
