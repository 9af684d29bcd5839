import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import { renderWithMantine } from '@/test/render';
import { emptyLeader } from '../api/structure-form-model';
import { LEADER_ROLE_LABEL } from './labels';
import { LEADER_ROLES, LeaderForm } from './structure-forms';

describe('leader role labels', () => {
  afterEach(() => void i18n.changeLanguage('vi'));

  it('names every role in Vietnamese', () => {
    expect(LEADER_ROLES.map((r) => i18n.t(LEADER_ROLE_LABEL[r]))).toEqual([
      'Chủ tịch',
      'Phó Chủ tịch',
      'Tổng Thư ký',
      'Ủy viên Thường vụ',
      'Ủy viên Ban Chấp hành',
      'Trưởng Ban Kiểm tra',
    ]);
  });

  it('names every role in English', async () => {
    await i18n.changeLanguage('en');
    const labels = LEADER_ROLES.map((r) => i18n.t(LEADER_ROLE_LABEL[r]));
    expect(labels).toEqual([
      'President',
      'Vice president',
      'General secretary',
      'Standing committee member',
      'Executive committee member',
      'Chief inspector',
    ]);
  });

  it('offers every role, translated, in the leader form', () => {
    renderWithMantine(
      <LeaderForm
        initial={emptyLeader()}
        terms={[]}
        submitLabel="Lưu"
        submitting={false}
        onSubmit={() => {}}
        onCancel={() => {}}
      />,
    );
    const select = screen.getByLabelText(/Chức vụ/);
    const options = within(select)
      .getAllByRole('option')
      .filter((o) => (o as HTMLOptionElement).value !== '')
      .map((o) => [(o as HTMLOptionElement).value, o.textContent]);
    expect(options).toEqual([
      ['president', 'Chủ tịch'],
      ['vice_president', 'Phó Chủ tịch'],
      ['general_secretary', 'Tổng Thư ký'],
      ['standing_member', 'Ủy viên Thường vụ'],
      ['executive_member', 'Ủy viên Ban Chấp hành'],
      ['chief_inspector', 'Trưởng Ban Kiểm tra'],
    ]);
  });
});
