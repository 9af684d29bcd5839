import { describe, expect, it } from 'vitest';
import type { RubricCriterion, ScoreSheet } from './judging';
import {
  initialScoreValues,
  isDirty,
  levelFor,
  toScoreInput,
  totalPreview,
  validateScores,
} from './score-form-model';

const rubric: RubricCriterion[] = [
  {
    id: 'c1',
    position: 1,
    name: 'Tính sáng tạo',
    weight: 3,
    maxScore: 10,
    levels: [
      { score: 0, description: 'Không có ý tưởng mới' },
      { score: 10, description: 'Ý tưởng hoàn toàn mới' },
    ],
  },
  { id: 'c2', position: 2, name: 'Tính khả thi', weight: 2, maxScore: 5, levels: [] },
  { id: 'c3', position: 3, name: 'Trình bày', weight: 1, maxScore: 20, levels: [] },
];

const sheet: ScoreSheet = {
  id: 's1',
  judgeId: 'j1',
  entryId: 'e1',
  scores: { c1: 8, c3: 15 },
  criterionComments: { c1: 'Rất tốt' },
  comment: 'Bài có tiềm năng',
  status: 'draft',
  updatedAt: '2026-11-27T01:00:00Z',
  version: 2,
};

describe('score form model', () => {
  it('starts from the saved sheet, criteria not scored yet are empty', () => {
    const v = initialScoreValues(rubric, sheet);
    expect(v.scores).toEqual({ c1: 8, c2: '', c3: 15 });
    expect(v.comments).toEqual({ c1: 'Rất tốt', c2: '', c3: '' });
    expect(v.comment).toBe('Bài có tiềm năng');
    expect(initialScoreValues(rubric, null).scores).toEqual({ c1: '', c2: '', c3: '' });
  });

  it('a draft may leave criteria out; a submission needs every one', () => {
    const v = initialScoreValues(rubric, sheet);
    expect(validateScores(v, rubric, false)).toEqual({});
    expect(validateScores(v, rubric, true)).toEqual({ c2: 'contestJudging.score.error.required' });
  });

  it('refuses scores outside 0..maxScore and fractions, in a draft too', () => {
    const v = initialScoreValues(rubric, null);
    v.scores = { c1: 11, c2: -1, c3: 2.5 };
    expect(validateScores(v, rubric, false)).toEqual({
      c1: 'contestJudging.score.error.range',
      c2: 'contestJudging.score.error.range',
      c3: 'contestJudging.score.error.integer',
    });
    v.scores = { c1: 0, c2: 5, c3: 20 };
    expect(validateScores(v, rubric, true)).toEqual({});
  });

  it('previews the total as 100 × Σ(w·s/max) / Σw, 3 decimals', () => {
    const v = initialScoreValues(rubric, null);
    v.scores = { c1: 8, c2: 3, c3: 15 };
    // (3·0.8 + 2·0.6 + 1·0.75) / 6 × 100 = 4.35 / 6 × 100 = 72.5
    expect(totalPreview(v, rubric)).toEqual({ total: 72.5, complete: true, scored: 3 });
    v.scores = { c1: 1, c2: 1, c3: 1 };
    // (3·0.1 + 2·0.2 + 1·0.05) / 6 × 100 = 0.75 / 6 × 100 = 12.5
    expect(totalPreview(v, rubric).total).toBe(12.5);
    v.scores = { c1: 10, c2: '', c3: '' };
    expect(totalPreview(v, rubric)).toEqual({ total: 50, complete: false, scored: 1 });
    // Equal weights, maximum 3: 100 × (1/3) / 3 = 11.111 (3 decimals)
    const even = rubric.map((c) => ({ ...c, weight: 1, maxScore: 3 }));
    v.scores = { c1: 1, c2: 0, c3: 0 };
    expect(totalPreview(v, even).total).toBe(11.111);
  });

  it('an out-of-range score does not count in the preview', () => {
    const v = initialScoreValues(rubric, null);
    v.scores = { c1: 99, c2: 5, c3: 20 };
    expect(totalPreview(v, rubric)).toEqual({ total: 50, complete: false, scored: 2 });
  });

  it('sends only the scores given and the non-blank comments', () => {
    const v = initialScoreValues(rubric, sheet);
    v.comments.c2 = '   ';
    v.comment = '  ';
    expect(toScoreInput(v, rubric)).toEqual({
      scores: { c1: 8, c3: 15 },
      criterionComments: { c1: 'Rất tốt' },
      comment: undefined,
    });
  });

  it('shows the level description of the score given', () => {
    expect(levelFor(rubric[0]!, 10)).toBe('Ý tưởng hoàn toàn mới');
    expect(levelFor(rubric[0]!, 5)).toBeUndefined();
    expect(levelFor(rubric[0]!, '')).toBeUndefined();
  });

  it('knows unsaved changes', () => {
    const v = initialScoreValues(rubric, sheet);
    expect(isDirty(v, rubric, sheet)).toBe(false);
    v.scores.c2 = 4;
    expect(isDirty(v, rubric, sheet)).toBe(true);
  });
});
