import { tk } from '@/i18n';
import type { RubricCriterion, ScoreInput, ScoreSheet } from './judging';

/** The scoring form's state: per criterion id a score (or '' while not given) and a comment. */
export interface ScoreFormValues {
  scores: Record<string, number | ''>;
  comments: Record<string, string>;
  comment: string;
}

export type ScoreErrors = Record<string, string>;

/** The form as the judge left it: the saved sheet's scores and comments, or nothing yet. */
export function initialScoreValues(rubric: RubricCriterion[], sheet?: ScoreSheet | null): ScoreFormValues {
  const scores: Record<string, number | ''> = {};
  const comments: Record<string, string> = {};
  for (const c of rubric) {
    const s = sheet?.scores[c.id];
    scores[c.id] = typeof s === 'number' ? s : '';
    comments[c.id] = sheet?.criterionComments[c.id] ?? '';
  }
  return { scores, comments, comment: sheet?.comment ?? '' };
}

/** What is wrong with one score (an i18n key), or undefined: an integer from 0 to the criterion's maximum. */
export function scoreError(
  value: number | '',
  criterion: RubricCriterion,
  required: boolean,
): string | undefined {
  if (value === '') return required ? tk('contestJudging.score.error.required') : undefined;
  if (!Number.isInteger(value)) return tk('contestJudging.score.error.integer');
  if (value < 0 || value > criterion.maxScore) return tk('contestJudging.score.error.range');
  return undefined;
}

/**
 * Errors by criterion id (i18n keys). A draft may leave criteria out; a submission needs every one.
 * Scores out of 0..maxScore are refused either way (the API would answer 400).
 */
export function validateScores(
  values: ScoreFormValues,
  rubric: RubricCriterion[],
  forSubmission: boolean,
): ScoreErrors {
  const errors: ScoreErrors = {};
  for (const c of rubric) {
    const e = scoreError(values.scores[c.id] ?? '', c, forSubmission);
    if (e) errors[c.id] = e;
  }
  return errors;
}

/** The body of the draft save: only the criteria given, only non-blank comments. */
export function toScoreInput(values: ScoreFormValues, rubric: RubricCriterion[]): ScoreInput {
  const scores: Record<string, number> = {};
  const criterionComments: Record<string, string> = {};
  for (const c of rubric) {
    const s = values.scores[c.id];
    if (typeof s === 'number') scores[c.id] = s;
    const comment = values.comments[c.id]?.trim();
    if (comment) criterionComments[c.id] = comment;
  }
  const comment = values.comment.trim();
  return { scores, criterionComments, comment: comment || undefined };
}

/** Rounds half away from zero to 3 decimals, as the API rounds a total. */
export function round3(value: number): number {
  return (Math.sign(value) * Math.round(Math.abs(value) * 1000 + 1e-9)) / 1000;
}

/**
 * The total the API will compute on submission: 100 × Σ(wᵢ·sᵢ/maxᵢ) / Σwᵢ over the whole rubric,
 * a criterion not yet scored counting 0 (complete says whether every one is scored).
 */
export function totalPreview(
  values: ScoreFormValues,
  rubric: RubricCriterion[],
): { total: number; complete: boolean; scored: number } {
  let weights = 0;
  let sum = 0;
  let scored = 0;
  for (const c of rubric) {
    weights += c.weight;
    const s = values.scores[c.id];
    if (typeof s === 'number' && scoreError(s, c, false) === undefined) {
      sum += (c.weight * s) / c.maxScore;
      scored++;
    }
  }
  const total = weights > 0 ? round3((100 * sum) / weights) : 0;
  return { total, complete: scored === rubric.length && rubric.length > 0, scored };
}

/** The level description that matches a score exactly, if the rubric describes it. */
export function levelFor(criterion: RubricCriterion, score: number | ''): string | undefined {
  if (score === '') return undefined;
  return criterion.levels.find((l) => l.score === score)?.description;
}

/** Whether the form differs from the saved sheet (leaving unsaved work asks first). */
export function isDirty(
  values: ScoreFormValues,
  rubric: RubricCriterion[],
  sheet?: ScoreSheet | null,
): boolean {
  return (
    JSON.stringify(toScoreInput(values, rubric)) !==
    JSON.stringify(toScoreInput(initialScoreValues(rubric, sheet), rubric))
  );
}
