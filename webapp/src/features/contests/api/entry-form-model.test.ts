import { describe, expect, it } from 'vitest';
import {
  EMPTY_AUTHOR,
  ageOn,
  entryFieldErrors,
  newEntryValues,
  toEntryInput,
  validateEntry,
  type EntryFormValues,
} from './entry-form-model';

const rules = {
  registrationCloses: '2031-05-31',
  minAge: 8,
  maxAge: 18,
  minGrade: 3,
  maxGrade: 12,
  maxAuthorsPerEntry: 2,
};

const author = {
  ...EMPTY_AUTHOR,
  fullName: 'Nguyễn Thị Lan Anh',
  dateOfBirth: '2017-05-14',
  school: 'Trường THCS Đặng Thai Mai',
  grade: '9',
  district: 'Thành phố Vinh',
};
const valid: EntryFormValues = {
  ...newEntryValues(),
  categoryId: 'c1',
  title: 'Máy tưới cây tự động dùng năng lượng mặt trời',
  description: 'Tưới cây theo độ ẩm đất.',
  school: 'Trường THCS Đặng Thai Mai',
  district: 'Thành phố Vinh',
  authors: [author],
};

describe('entry form', () => {
  it('counts age in full years on the registration deadline', () => {
    expect(ageOn('2013-05-31', '2031-05-31')).toBe(18);
    expect(ageOn('2013-06-01', '2031-05-31')).toBe(17);
    expect(ageOn('2012-05-31', '2031-05-31')).toBe(19);
  });

  it('accepts an eligible entry', () => {
    expect(validateEntry(valid, rules)).toEqual({});
  });

  it("checks each author's age and grade against the edition", () => {
    const errors = validateEntry(
      {
        ...valid,
        authors: [
          { ...author, dateOfBirth: '2012-05-30' },
          { ...author, grade: '2' },
        ],
      },
      rules,
    );
    expect(errors['authors.0.dateOfBirth']).toEqual({
      key: 'contests.entry.validation.age',
      values: { age: 19, min: 8, max: 18, date: '2031-05-31' },
    });
    expect(errors['authors.1.grade']).toEqual({
      key: 'contests.entry.validation.grade',
      values: { min: 3, max: 12 },
    });
  });

  it('requires at least one author and at most the limit, each with name, birth date, school and district', () => {
    expect(validateEntry({ ...valid, authors: [] }, rules).authors).toMatchObject({
      key: 'contests.entry.validation.noAuthor',
    });
    expect(validateEntry({ ...valid, authors: [author, author, author] }, rules).authors).toEqual({
      key: 'contests.entry.validation.tooManyAuthors',
      values: { max: 2 },
    });
    const errors = validateEntry({ ...valid, authors: [{ ...EMPTY_AUTHOR, dateOfBirth: '2017-13-01' }] });
    expect(Object.keys(errors).sort()).toEqual([
      'authors.0.dateOfBirth',
      'authors.0.district',
      'authors.0.fullName',
      'authors.0.school',
    ]);
  });

  it('requires the category, title, description, school, district; a supervisor needs a name', () => {
    const errors = validateEntry({
      ...newEntryValues(),
      authors: [author],
      supervisorPhone: '0912 345 678',
      videoUrl: 'youtube',
    });
    expect(Object.keys(errors).sort()).toEqual([
      'categoryId',
      'description',
      'district',
      'school',
      'supervisorName',
      'title',
      'videoUrl',
    ]);
  });

  it("fills in a school contact's school and district", () => {
    const values = newEntryValues({
      id: 'k',
      username: 'coordinator',
      kind: 'school',
      fullName: 'Cô Hương',
      school: 'Trường THCS Đặng Thai Mai',
      district: 'Thành phố Vinh',
      active: true,
      createdAt: '',
      updatedAt: '',
      version: 1,
    });
    expect(values.school).toBe('Trường THCS Đặng Thai Mai');
    expect(values.authors[0]).toMatchObject({
      school: 'Trường THCS Đặng Thai Mai',
      district: 'Thành phố Vinh',
    });
  });

  it('sends numbers for grades and leaves out empty optional fields', () => {
    const input = toEntryInput({
      ...valid,
      authors: [{ ...author, grade: '', gender: 'female' }],
      supervisorName: ' Thầy Minh ',
    });
    expect(input.authors[0]).toEqual({
      fullName: 'Nguyễn Thị Lan Anh',
      dateOfBirth: '2017-05-14',
      gender: 'female',
      school: 'Trường THCS Đặng Thai Mai',
      grade: undefined,
      district: 'Thành phố Vinh',
      commune: undefined,
    });
    expect(input.supervisor).toEqual({
      fullName: 'Thầy Minh',
      school: undefined,
      phone: undefined,
      email: undefined,
    });
    expect(toEntryInput(valid).supervisor).toBeUndefined();
  });

  it("puts the API's author errors next to the author's fields", () => {
    expect(
      entryFieldErrors({
        'authors[1].dateOfBirth': 'quá tuổi',
        'supervisor.fullName': 'trống',
        authors: 'quá nhiều',
      }).byField,
    ).toEqual({
      'authors.1.dateOfBirth': { message: 'quá tuổi' },
      supervisorName: { message: 'trống' },
      authors: { message: 'quá nhiều' },
    });
  });
});
