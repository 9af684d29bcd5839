import { tk } from '@/i18n';
import { formFieldErrors, type FieldError } from '@/lib/form-errors';
import { isDate } from './edition-form-model';
import type { Author, Coordinator, Edition, Entry, EntryInput } from './contests';

export type Gender = NonNullable<Author['gender']>;
export const GENDERS: Gender[] = ['female', 'male', 'other'];

export interface AuthorValues {
  fullName: string;
  dateOfBirth: string;
  gender: Gender | '';
  school: string;
  /** 1–12 as typed, '' for a student past grade 12. */
  grade: string;
  district: string;
  commune: string;
}

/** The entry form's values: strings as typed, converted to the API's ContestEntryInput on submit. */
export interface EntryFormValues {
  categoryId: string;
  title: string;
  description: string;
  howItWorks: string;
  videoUrl: string;
  school: string;
  district: string;
  commune: string;
  supervisorName: string;
  supervisorSchool: string;
  supervisorPhone: string;
  supervisorEmail: string;
  authors: AuthorValues[];
}

/** Errors by form field, authors' as "authors.0.fullName"; "authors" for the list itself. */
export type EntryFormErrors = Partial<Record<string, FieldError>>;

/** What the client can check of the edition's rules (the API checks them again). */
export type EntryRules = Pick<
  Edition,
  'registrationCloses' | 'minAge' | 'maxAge' | 'minGrade' | 'maxGrade' | 'maxAuthorsPerEntry'
>;

export const ENTRY_LIMITS = {
  title: 300,
  description: 20_000,
  howItWorks: 20_000,
  videoUrl: 1000,
  school: 300,
  district: 200,
  commune: 200,
  name: 200,
  phone: 40,
  email: 200,
} as const;

export const EMPTY_AUTHOR: AuthorValues = {
  fullName: '',
  dateOfBirth: '',
  gender: '',
  school: '',
  grade: '',
  district: '',
  commune: '',
};

/** A new entry; a school contact's school and district (and a district coordinator's district) filled in. */
export function newEntryValues(coordinator?: Coordinator | null): EntryFormValues {
  const school = coordinator?.kind === 'school' ? (coordinator.school ?? '') : '';
  const district = coordinator?.district ?? '';
  return {
    categoryId: '',
    title: '',
    description: '',
    howItWorks: '',
    videoUrl: '',
    school,
    district,
    commune: '',
    supervisorName: '',
    supervisorSchool: '',
    supervisorPhone: '',
    supervisorEmail: '',
    authors: [{ ...EMPTY_AUTHOR, school, district }],
  };
}

export function fromEntry(e: Entry): EntryFormValues {
  return {
    categoryId: e.category.id,
    title: e.title,
    description: e.description,
    howItWorks: e.howItWorks ?? '',
    videoUrl: e.videoUrl ?? '',
    school: e.school,
    district: e.district,
    commune: e.commune ?? '',
    supervisorName: e.supervisor?.fullName ?? '',
    supervisorSchool: e.supervisor?.school ?? '',
    supervisorPhone: e.supervisor?.phone ?? '',
    supervisorEmail: e.supervisor?.email ?? '',
    authors: e.authors.map((a) => ({
      fullName: a.fullName,
      dateOfBirth: a.dateOfBirth,
      gender: a.gender ?? '',
      school: a.school,
      grade: a.grade === undefined ? '' : String(a.grade),
      district: a.district,
      commune: a.commune ?? '',
    })),
  };
}

/** Age in full years on a day (both "YYYY-MM-DD"). */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const URL = /^https?:\/\/\S+$/;
const PHONE = /^[0-9 +().-]*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Client-side validation mirroring the API: required fields, lengths, the authors (at least one, at
 * most the edition's limit) and, when the edition is known, each author's age on registrationCloses
 * and grade within the edition's ranges.
 */
export function validateEntry(v: EntryFormValues, rules?: EntryRules): EntryFormErrors {
  const errors: EntryFormErrors = {};
  const required = (field: string, value: string, max: number) => {
    if (!value.trim()) errors[field] = { key: tk('validation.required') };
    else if (value.trim().length > max) errors[field] = { key: tk('validation.maxLength'), values: { max } };
  };
  const optional = (field: string, value: string, max: number) => {
    if (value.trim().length > max) errors[field] = { key: tk('validation.maxLength'), values: { max } };
  };
  if (!v.categoryId) errors.categoryId = { key: tk('validation.required') };
  required('title', v.title, ENTRY_LIMITS.title);
  required('description', v.description, ENTRY_LIMITS.description);
  optional('howItWorks', v.howItWorks, ENTRY_LIMITS.howItWorks);
  required('school', v.school, ENTRY_LIMITS.school);
  required('district', v.district, ENTRY_LIMITS.district);
  optional('commune', v.commune, ENTRY_LIMITS.commune);
  const video = v.videoUrl.trim();
  if (video && (!URL.test(video) || video.length > ENTRY_LIMITS.videoUrl))
    errors.videoUrl = { key: tk('validation.website') };

  const supervisorGiven = [v.supervisorName, v.supervisorSchool, v.supervisorPhone, v.supervisorEmail].some(
    (s) => s.trim() !== '',
  );
  if (supervisorGiven) required('supervisorName', v.supervisorName, ENTRY_LIMITS.name);
  optional('supervisorSchool', v.supervisorSchool, ENTRY_LIMITS.school);
  if (!PHONE.test(v.supervisorPhone.trim()) || v.supervisorPhone.trim().length > ENTRY_LIMITS.phone)
    errors.supervisorPhone = { key: tk('validation.phone') };
  if (v.supervisorEmail.trim() && !EMAIL.test(v.supervisorEmail.trim()))
    errors.supervisorEmail = { key: tk('validation.email') };

  const maxAuthors = rules?.maxAuthorsPerEntry ?? 20;
  if (v.authors.length === 0) errors.authors = { key: tk('contests.entry.validation.noAuthor') };
  else if (v.authors.length > maxAuthors)
    errors.authors = { key: tk('contests.entry.validation.tooManyAuthors'), values: { max: maxAuthors } };

  v.authors.forEach((a, i) => {
    const at = (field: string) => `authors.${i}.${field}`;
    required(at('fullName'), a.fullName, ENTRY_LIMITS.name);
    required(at('school'), a.school, ENTRY_LIMITS.school);
    required(at('district'), a.district, ENTRY_LIMITS.district);
    optional(at('commune'), a.commune, ENTRY_LIMITS.commune);
    const dob = a.dateOfBirth.trim();
    if (!dob) errors[at('dateOfBirth')] = { key: tk('validation.required') };
    else if (!isDate(dob)) errors[at('dateOfBirth')] = { key: tk('validation.date') };
    else if (rules) {
      const age = ageOn(dob, rules.registrationCloses);
      if (age < rules.minAge || age > rules.maxAge)
        errors[at('dateOfBirth')] = {
          key: tk('contests.entry.validation.age'),
          values: { age, min: rules.minAge, max: rules.maxAge, date: rules.registrationCloses },
        };
    }
    const grade = a.grade.trim();
    if (grade) {
      const n = /^\d+$/.test(grade) ? Number(grade) : NaN;
      if (!(n >= 1 && n <= 12))
        errors[at('grade')] = { key: tk('contests.validation.integer'), values: { min: 1, max: 12 } };
      else if (
        rules?.minGrade !== undefined &&
        rules.maxGrade !== undefined &&
        (n < rules.minGrade || n > rules.maxGrade)
      )
        errors[at('grade')] = {
          key: tk('contests.entry.validation.grade'),
          values: { min: rules.minGrade, max: rules.maxGrade },
        };
    }
  });
  return errors;
}

const orUndefined = (s: string) => (s.trim() === '' ? undefined : s.trim());

export function toEntryInput(v: EntryFormValues): EntryInput {
  return {
    categoryId: v.categoryId,
    title: v.title.trim(),
    description: v.description.trim(),
    howItWorks: orUndefined(v.howItWorks),
    videoUrl: orUndefined(v.videoUrl),
    school: v.school.trim(),
    district: v.district.trim(),
    commune: orUndefined(v.commune),
    supervisor: v.supervisorName.trim()
      ? {
          fullName: v.supervisorName.trim(),
          school: orUndefined(v.supervisorSchool),
          phone: orUndefined(v.supervisorPhone),
          email: orUndefined(v.supervisorEmail),
        }
      : undefined,
    authors: v.authors.map((a) => ({
      fullName: a.fullName.trim(),
      dateOfBirth: a.dateOfBirth.trim(),
      gender: a.gender === '' ? undefined : a.gender,
      school: a.school.trim(),
      grade: a.grade.trim() === '' ? undefined : Number(a.grade.trim()),
      district: a.district.trim(),
      commune: orUndefined(a.commune),
    })),
  };
}

const TOP = new Set([
  'categoryId',
  'title',
  'description',
  'howItWorks',
  'videoUrl',
  'school',
  'district',
  'commune',
  'authors',
]);
const SUPERVISOR: Record<string, string> = {
  'supervisor.fullName': 'supervisorName',
  'supervisor.school': 'supervisorSchool',
  'supervisor.phone': 'supervisorPhone',
  'supervisor.email': 'supervisorEmail',
};

/**
 * Sorts the API's problem.errors[].field by form field: "authors[1].dateOfBirth" and
 * "authors.1.dateOfBirth" both go to the second author's date of birth.
 */
export function entryFieldErrors(errors: Record<string, string>) {
  return formFieldErrors<string>(errors, (path) => {
    const normal = path.replace(/\[(\d+)\]/g, '.$1');
    if (SUPERVISOR[normal]) return SUPERVISOR[normal];
    if (/^authors\.\d+\.(fullName|dateOfBirth|gender|school|grade|district|commune)$/.test(normal))
      return normal;
    if (/^authors\.\d+$/.test(normal)) return `${normal}.fullName`;
    return TOP.has(normal) ? normal : undefined;
  });
}
