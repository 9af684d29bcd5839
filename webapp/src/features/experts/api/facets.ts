import type { ExpertFacets, ExpertVocabulary, FacetValue } from './experts';
import type { FilterKey } from './search-params';

export type Language = 'vi' | 'en';

/** The facet groups of the response, each with the filter a click on one of its values sets. */
export const FACET_GROUPS: { group: keyof ExpertFacets; filter: FilterKey }[] = [
  { group: 'fields', filter: 'field' },
  { group: 'qualifications', filter: 'qualification' },
  { group: 'associations', filter: 'associationId' },
  { group: 'availability', filter: 'availability' },
];

/** A field of expertise in the UI language (the code itself when the vocabulary does not know it). */
export function fieldName(
  vocabulary: ExpertVocabulary | undefined,
  code: string,
  language: Language,
): string {
  const field = vocabulary?.fields.find((f) => f.code === code);
  if (!field) return code;
  return language === 'en' ? field.nameEn : field.nameVi;
}

/** A title or degree in the UI language (the code itself when unknown). */
export function qualificationName(
  vocabulary: ExpertVocabulary | undefined,
  code: string,
  language: Language,
): string {
  const q = vocabulary?.qualifications.find((x) => x.code === code);
  if (!q) return code;
  return language === 'en' ? q.nameEn : q.nameVi;
}

/**
 * The label of a facet value. The API labels facets in Vietnamese only, so fields and
 * qualifications are named from the vocabulary in the UI language; associations keep their names;
 * availability is translated by the caller (enumLabel).
 */
export function facetLabel(
  filter: FilterKey,
  facet: FacetValue,
  vocabulary: ExpertVocabulary | undefined,
  language: Language,
  enumLabel: (filter: FilterKey, value: string) => string,
): string {
  switch (filter) {
    case 'field':
      return vocabulary?.fields.some((f) => f.code === facet.value)
        ? fieldName(vocabulary, facet.value, language)
        : facet.label;
    case 'qualification':
      return vocabulary?.qualifications.some((q) => q.code === facet.value)
        ? qualificationName(vocabulary, facet.value, language)
        : facet.label;
    case 'availability':
    case 'membership':
      return enumLabel(filter, facet.value);
    default:
      return facet.label;
  }
}

/**
 * The values to offer in a facet panel: those with hits, most frequent first (the API's order), and the
 * selected value even when it has no hit left (so it can be seen and cleared).
 */
export function facetOptions(
  values: FacetValue[],
  selected: string | undefined,
): (FacetValue & { selected: boolean })[] {
  const options = values.map((v) => ({ ...v, selected: v.value === selected }));
  if (selected && !options.some((o) => o.selected)) {
    options.unshift({ value: selected, label: selected, count: 0, selected: true });
  }
  return options;
}

/** The label of an active filter's chip, from the facets (or the vocabulary) when known. */
export function filterValueLabel(
  filter: FilterKey,
  value: string,
  facets: ExpertFacets | undefined,
  vocabulary: ExpertVocabulary | undefined,
  language: Language,
  enumLabel: (filter: FilterKey, value: string) => string,
): string {
  if (filter === 'availability' || filter === 'membership') return enumLabel(filter, value);
  const group = FACET_GROUPS.find((g) => g.filter === filter)?.group;
  const facet = group ? facets?.[group].find((f) => f.value === value) : undefined;
  return facetLabel(filter, facet ?? { value, label: value, count: 0 }, vocabulary, language, enumLabel);
}
