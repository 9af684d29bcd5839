import { describe, expect, it } from 'vitest';
import type { ExpertFacets, ExpertVocabulary } from './experts';
import { facetLabel, facetOptions, fieldName, filterValueLabel } from './facets';

const vocabulary: ExpertVocabulary = {
  fields: [{ code: 'thuy-loi', nameVi: 'Thủy lợi', nameEn: 'Water resources', expertCount: 3, version: 0 }],
  qualifications: [
    { code: 'PGS', kind: 'title', nameVi: 'Phó Giáo sư', nameEn: 'Associate Professor', level: 80 },
  ],
};
const facets: ExpertFacets = {
  fields: [
    { value: 'thuy-loi', label: 'Thủy lợi', count: 3 },
    { value: 'y-te', label: 'Y tế', count: 1 },
  ],
  qualifications: [{ value: 'PGS', label: 'Phó Giáo sư', count: 2 }],
  associations: [{ value: 'a1', label: 'Hội Khoa học Thủy lợi', count: 2 }],
  availability: [{ value: 'available', label: 'Sẵn sàng', count: 3 }],
};
const enumLabel = (_: string, value: string) => `[${value}]`;

describe('facet labels', () => {
  it('names fields and qualifications from the vocabulary in the UI language', () => {
    expect(facetLabel('field', facets.fields[0]!, vocabulary, 'en', enumLabel)).toBe('Water resources');
    expect(facetLabel('field', facets.fields[0]!, vocabulary, 'vi', enumLabel)).toBe('Thủy lợi');
    expect(facetLabel('qualification', facets.qualifications[0]!, vocabulary, 'en', enumLabel)).toBe(
      'Associate Professor',
    );
  });

  it("falls back to the API's label, keeps association names and translates availability", () => {
    expect(facetLabel('field', facets.fields[1]!, vocabulary, 'en', enumLabel)).toBe('Y tế');
    expect(facetLabel('field', facets.fields[1]!, undefined, 'en', enumLabel)).toBe('Y tế');
    expect(facetLabel('associationId', facets.associations[0]!, vocabulary, 'en', enumLabel)).toBe(
      'Hội Khoa học Thủy lợi',
    );
    expect(facetLabel('availability', facets.availability[0]!, vocabulary, 'en', enumLabel)).toBe(
      '[available]',
    );
  });

  it('names a field code, or shows the code when the vocabulary does not know it', () => {
    expect(fieldName(vocabulary, 'thuy-loi', 'en')).toBe('Water resources');
    expect(fieldName(vocabulary, 'gone', 'vi')).toBe('gone');
  });
});

describe('facet options', () => {
  it("keeps the API's order and marks the selected value", () => {
    expect(facetOptions(facets.fields, 'y-te').map((o) => [o.value, o.count, o.selected])).toEqual([
      ['thuy-loi', 3, false],
      ['y-te', 1, true],
    ]);
  });

  it('still offers a selected value without hits, so it can be cleared', () => {
    expect(facetOptions([], 'luat')).toEqual([{ value: 'luat', label: 'luat', count: 0, selected: true }]);
    expect(facetOptions([], undefined)).toEqual([]);
  });

  it('labels the chips of the active filters', () => {
    expect(filterValueLabel('associationId', 'a1', facets, vocabulary, 'vi', enumLabel)).toBe(
      'Hội Khoa học Thủy lợi',
    );
    expect(filterValueLabel('field', 'thuy-loi', undefined, vocabulary, 'en', enumLabel)).toBe(
      'Water resources',
    );
    expect(filterValueLabel('availability', 'busy', facets, vocabulary, 'vi', enumLabel)).toBe('[busy]');
    expect(filterValueLabel('associationId', 'a2', facets, vocabulary, 'vi', enumLabel)).toBe('a2');
  });
});
