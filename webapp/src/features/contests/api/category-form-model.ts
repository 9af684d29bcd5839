import { tk } from '@/i18n';
import { formFieldErrors, type FieldError } from '@/lib/form-errors';
import type { Category, CategoryInput } from './contests';

export interface CategoryFormValues {
  code: string;
  name: string;
  description: string;
  position: string;
}
export type CategoryField = keyof CategoryFormValues;
export type CategoryFormErrors = Partial<Record<CategoryField, FieldError>>;

const CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** A new category after the existing ones. */
export function newCategoryValues(categories: Pick<Category, 'position'>[]): CategoryFormValues {
  const last = categories.reduce((max, c) => Math.max(max, c.position), 0);
  return { code: '', name: '', description: '', position: String(Math.min(last + 1, 1000)) };
}

export function fromCategory(c: Category): CategoryFormValues {
  return { code: c.code, name: c.name, description: c.description ?? '', position: String(c.position) };
}

/** A code suggested from the name: "Kỹ thuật cơ khí" → "ky-thuat-co-khi". */
export function codeFromName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

export function validateCategory(v: CategoryFormValues): CategoryFormErrors {
  const errors: CategoryFormErrors = {};
  if (!v.code.trim()) errors.code = { key: tk('validation.required') };
  else if (!CODE.test(v.code.trim())) errors.code = { key: tk('contests.categories.codeInvalid') };
  if (!v.name.trim()) errors.name = { key: tk('validation.required') };
  else if (v.name.trim().length > 200)
    errors.name = { key: tk('validation.maxLength'), values: { max: 200 } };
  if (v.description.trim().length > 5000)
    errors.description = { key: tk('validation.maxLength'), values: { max: 5000 } };
  const position = /^\s*\d+\s*$/.test(v.position) ? Number(v.position) : NaN;
  if (!(position >= 1 && position <= 1000))
    errors.position = { key: tk('contests.validation.integer'), values: { min: 1, max: 1000 } };
  return errors;
}

export function toCategoryInput(v: CategoryFormValues): CategoryInput {
  return {
    code: v.code.trim(),
    name: v.name.trim(),
    description: v.description.trim() === '' ? undefined : v.description.trim(),
    position: Number(v.position.trim()),
  };
}

/** The same category at another position (what the up and down buttons send). */
export function atPosition(c: Category, position: number): CategoryInput {
  return { ...toCategoryInput(fromCategory(c)), position };
}

const FIELDS = new Set(['code', 'name', 'description', 'position']);

export function categoryFieldErrors(errors: Record<string, string>) {
  return formFieldErrors<CategoryField>(errors, (path) =>
    FIELDS.has(path) ? (path as CategoryField) : undefined,
  );
}
