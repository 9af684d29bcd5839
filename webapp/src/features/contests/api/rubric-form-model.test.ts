import { describe, expect, it } from 'vitest';
import {
  EMPTY_CRITERION,
  fromCriteria,
  move,
  parseWeight,
  toCriteriaInput,
  validateRubric,
  weightShares,
  type CriterionValues,
} from './rubric-form-model';

const criterion = (patch: Partial<CriterionValues>): CriterionValues => ({
  ...EMPTY_CRITERION,
  name: 'Tính mới, tính sáng tạo',
  ...patch,
});

describe('rubric editor', () => {
  it('reads weights as positive numbers, with a decimal comma too', () => {
    expect(parseWeight('2')).toBe(2);
    expect(parseWeight('0,5')).toBe(0.5);
    expect(parseWeight('1.25')).toBe(1.25);
    expect(parseWeight('0')).toBeUndefined();
    expect(parseWeight('-1')).toBeUndefined();
    expect(parseWeight('1001')).toBeUndefined();
    expect(parseWeight('abc')).toBeUndefined();
  });

  it("shows each criterion's share of the total (weights are relative)", () => {
    expect(
      weightShares([criterion({ weight: '30' }), criterion({ weight: '50' }), criterion({ weight: '20' })]),
    ).toEqual([30, 50, 20]);
    expect(weightShares([criterion({ weight: '1' }), criterion({ weight: '2' })])).toEqual([33.3, 66.7]);
    expect(weightShares([criterion({ weight: '1' }), criterion({ weight: 'x' })])).toEqual([100, undefined]);
  });

  it('requires a criterion, names, weights, maxima and distinct score levels within the maximum', () => {
    expect(validateRubric([]).criteria).toEqual({ key: 'contests.rubric.atLeastOne' });
    const errors = validateRubric([
      criterion({ name: ' ', weight: '0', maxScore: '0' }),
      criterion({
        maxScore: '10',
        levels: [
          { score: '10', description: 'Rất mới' },
          { score: '10', description: 'Trùng' },
          { score: '11', description: 'Quá điểm' },
          { score: '5', description: ' ' },
        ],
      }),
    ]);
    expect(Object.keys(errors).sort()).toEqual([
      '0.maxScore',
      '0.name',
      '0.weight',
      '1.levels.1.score',
      '1.levels.2.score',
      '1.levels.3.description',
    ]);
    expect(errors['1.levels.1.score']).toEqual({ key: 'contests.rubric.levelTwice' });
  });

  it('sends the criteria in order with numbers, levels kept', () => {
    const input = toCriteriaInput([
      criterion({ weight: '0,5', maxScore: '20', levels: [{ score: '20', description: ' Xuất sắc ' }] }),
    ]);
    expect(input).toEqual([
      {
        name: 'Tính mới, tính sáng tạo',
        description: undefined,
        weight: 0.5,
        maxScore: 20,
        levels: [{ score: 20, description: 'Xuất sắc' }],
      },
    ]);
  });

  it('reads a rubric by position, levels from the highest score', () => {
    const values = fromCriteria([
      { id: 'b', position: 2, name: 'B', weight: 1, maxScore: 10, levels: [] },
      {
        id: 'a',
        position: 1,
        name: 'A',
        weight: 2,
        maxScore: 10,
        levels: [
          { score: 5, description: 'Khá' },
          { score: 10, description: 'Tốt' },
        ],
      },
    ]);
    expect(values.map((c) => c.name)).toEqual(['A', 'B']);
    expect(values[0]!.levels.map((l) => l.score)).toEqual(['10', '5']);
  });

  it('moves criteria up and down within the list', () => {
    expect(move(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
