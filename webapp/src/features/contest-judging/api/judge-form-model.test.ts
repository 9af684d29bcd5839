import { describe, expect, it } from 'vitest';
import { judgeFormValues, schoolLines, toJudgeInput, validateJudge } from './judge-form-model';

describe('judge form model', () => {
  it('needs a name unless an expert is linked', () => {
    const v = judgeFormValues();
    expect(validateJudge(v)).toEqual({ fullName: 'contestJudging.judges.error.name' });
    expect(validateJudge({ ...v, expertId: 'x' })).toEqual({});
    expect(validateJudge({ ...v, fullName: 'Nguyễn Thị Hoa', username: 'bad name' })).toEqual({
      username: 'contestJudging.judges.error.username',
    });
  });

  it('sends one school a line, without blanks or repeats', () => {
    expect(schoolLines(' THPT Huỳnh Thúc Kháng \n\nthpt huỳnh thúc kháng\nTHCS Hưng Dũng')).toEqual([
      'THPT Huỳnh Thúc Kháng',
      'THCS Hưng Dũng',
    ]);
    expect(
      toJudgeInput({ ...judgeFormValues(), fullName: ' Lê Văn Tám ', username: 'judge', schools: 'A' }),
    ).toEqual({
      fullName: 'Lê Văn Tám',
      username: 'judge',
      expertId: undefined,
      affiliation: undefined,
      email: undefined,
      phone: undefined,
      schools: ['A'],
    });
  });
});
