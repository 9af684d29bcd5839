import { useTranslation } from 'react-i18next';
import { useExpertVocabulary } from '@/lib/api/expert-vocabulary';

/** The names of the fields of expertise in the UI language (the code while the vocabulary loads). */
export function useFieldNames() {
  const { i18n } = useTranslation();
  const vocabulary = useExpertVocabulary();
  const english = i18n.resolvedLanguage === 'en';
  const fields = vocabulary.data?.fields ?? [];
  const nameOf = (code: string) => {
    const f = fields.find((x) => x.code === code);
    return f ? (english ? f.nameEn : f.nameVi) : code;
  };
  const options = fields.map((f) => ({ value: f.code, label: english ? f.nameEn : f.nameVi }));
  return { nameOf, options, vocabulary };
}
