import { tk } from '@/i18n';
import type { FieldError } from '@/lib/form-errors';
import type { Criterion, CriterionInput } from './contests';

export interface LevelValues {
  score: string;
  description: string;
}

/** A criterion as typed in the rubric editor. */
export interface CriterionValues {
  name: string;
  description: string;
  weight: string;
  maxScore: string;
  levels: LevelValues[];
}

/** Errors by path: "0.name", "1.weight", "1.levels.0.score", and "criteria" for the whole rubric. */
export type RubricErrors = Record<string, FieldError>;

export const RUBRIC_LIMITS = { criteria: 30, name: 200, description: 2000, level: 1000 } as const;

export const EMPTY_CRITERION: CriterionValues = {
  name: '',
  description: '',
  weight: '1',
  maxScore: '10',
  levels: [],
};

export function fromCriteria(criteria: Criterion[]): CriterionValues[] {
  return [...criteria]
    .sort((a, b) => a.position - b.position)
    .map((c) => ({
      name: c.name,
      description: c.description ?? '',
      weight: String(c.weight),
      maxScore: String(c.maxScore),
      levels: [...c.levels]
        .sort((a, b) => b.score - a.score)
        .map((l) => ({ score: String(l.score), description: l.description })),
    }));
}

/** A weight as typed ("2", "0,5", "1.5"): a number from 0.001 to 1000, else undefined. */
export function parseWeight(value: string): number | undefined {
  const text = value.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  const n = Number(text);
  return n >= 0.001 && n <= 1000 ? n : undefined;
}

function parseInteger(value: string, min: number, max: number): number | undefined {
  if (!/^\s*\d+\s*$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}

/**
 * Each criterion's share of the total in percent (weights are relative: a total score is
 * 100 × Σ(wᵢ·sᵢ/maxᵢ)/Σwᵢ); undefined for a criterion whose weight is not valid yet.
 */
export function weightShares(criteria: CriterionValues[]): (number | undefined)[] {
  const weights = criteria.map((c) => parseWeight(c.weight));
  const total = weights.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  return weights.map((w) =>
    w === undefined || total === 0 ? undefined : Math.round((w / total) * 1000) / 10,
  );
}

export function validateRubric(criteria: CriterionValues[]): RubricErrors {
  const errors: RubricErrors = {};
  if (criteria.length === 0) errors.criteria = { key: tk('contests.rubric.atLeastOne') };
  if (criteria.length > RUBRIC_LIMITS.criteria)
    errors.criteria = { key: tk('contests.validation.tooMany'), values: { max: RUBRIC_LIMITS.criteria } };
  criteria.forEach((c, i) => {
    if (!c.name.trim()) errors[`${i}.name`] = { key: tk('validation.required') };
    else if (c.name.trim().length > RUBRIC_LIMITS.name)
      errors[`${i}.name`] = { key: tk('validation.maxLength'), values: { max: RUBRIC_LIMITS.name } };
    if (c.description.trim().length > RUBRIC_LIMITS.description)
      errors[`${i}.description`] = {
        key: tk('validation.maxLength'),
        values: { max: RUBRIC_LIMITS.description },
      };
    if (parseWeight(c.weight) === undefined)
      errors[`${i}.weight`] = { key: tk('contests.rubric.weightInvalid') };
    const max = parseInteger(c.maxScore, 1, 100);
    if (max === undefined)
      errors[`${i}.maxScore`] = { key: tk('contests.validation.integer'), values: { min: 1, max: 100 } };
    const seen = new Set<number>();
    c.levels.forEach((l, j) => {
      const score = parseInteger(l.score, 0, max ?? 100);
      if (score === undefined)
        errors[`${i}.levels.${j}.score`] = {
          key: tk('contests.validation.integer'),
          values: { min: 0, max: max ?? 100 },
        };
      else if (seen.has(score)) errors[`${i}.levels.${j}.score`] = { key: tk('contests.rubric.levelTwice') };
      else seen.add(score);
      if (!l.description.trim()) errors[`${i}.levels.${j}.description`] = { key: tk('validation.required') };
      else if (l.description.trim().length > RUBRIC_LIMITS.level)
        errors[`${i}.levels.${j}.description`] = {
          key: tk('validation.maxLength'),
          values: { max: RUBRIC_LIMITS.level },
        };
    });
  });
  return errors;
}

export function toCriteriaInput(criteria: CriterionValues[]): CriterionInput[] {
  return criteria.map((c) => ({
    name: c.name.trim(),
    description: c.description.trim() === '' ? undefined : c.description.trim(),
    weight: parseWeight(c.weight) ?? 1,
    maxScore: Number(c.maxScore.trim()),
    levels: c.levels.map((l) => ({ score: Number(l.score.trim()), description: l.description.trim() })),
  }));
}

/** Moves item i of a list by delta (−1 up, +1 down); the same list when it cannot move. */
export function move<T>(list: T[], i: number, delta: number): T[] {
  const j = i + delta;
  if (j < 0 || j >= list.length) return list;
  const out = [...list];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}
