import { useTranslation } from 'react-i18next';

/** A field error: an i18n key with values (client validation) or a message already localized by the API. */
export type FieldError = { key: string; values?: Record<string, string | number> } | { message: string };

/**
 * Sorts the API's field errors (problem.errors[], see ApiError.fieldErrors) by form field. fieldOf names
 * the form field an API field path belongs to, or undefined when the form has no such field; the first
 * message per form field is kept. The rest comes back as "path: message" lines.
 */
export function formFieldErrors<K extends string>(
  errors: Record<string, string>,
  fieldOf: (path: string) => K | undefined,
): { byField: Partial<Record<K, FieldError>>; other: string[] } {
  const byField: Partial<Record<K, FieldError>> = {};
  const other: string[] = [];
  for (const [path, message] of Object.entries(errors)) {
    const field = fieldOf(path);
    if (field === undefined) other.push(`${path}: ${message}`);
    else if (!byField[field]) byField[field] = { message };
  }
  return { byField, other };
}

/** The text of a field error in the UI language (undefined: no error). */
export function useFieldErrorText(): (error: FieldError | undefined) => string | undefined {
  const { t } = useTranslation();
  return (error) =>
    error === undefined ? undefined : 'message' in error ? error.message : t(error.key, error.values);
}
