import { useTranslation } from 'react-i18next';
import { useExpertVocabulary } from '@/lib/api/expert-vocabulary';

/** The fields of expertise in the UI language (the code while the vocabulary loads), sorted by name. */
export function useFieldNames() {
  const { i18n } = useTranslation();
  const vocabulary = useExpertVocabulary();
  const english = i18n.resolvedLanguage === 'en';
  const fields = vocabulary.data?.fields ?? [];
  const nameOf = (code: string) => {
    const f = fields.find((x) => x.code === code);
    return f ? (english ? f.nameEn : f.nameVi) : code;
  };
  const options = fields
    .map((f) => ({ value: f.code, label: english ? f.nameEn : f.nameVi }))
    .sort((a, b) => a.label.localeCompare(b.label, english ? 'en' : 'vi'));
  return { nameOf, options };
}
