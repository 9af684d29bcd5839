import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithMantine } from '@/test/render';
import type { ImportPreview } from '../api/programs';
import { ImportPreviewView } from './import-preview';

const preview: ImportPreview = {
  id: '00000000-0000-0000-0000-000000000001',
  status: 'previewed',
  sourceHash: 'abc',
  counts: {
    missions: 5,
    missionSubItems: 9,
    regularTasks: 8,
    yearTasks: { '2019': 3, '2020': 7 },
    implementation: 3,
    recipients: 8,
    flags: 1,
  },
  parsed: {
    documentNumber: '106/CTr-LHH',
    termLabel: 'VI',
    startYear: 2019,
    endYear: 2024,
    title: 'CHƯƠNG TRÌNH HOẠT ĐỘNG',
    missions: [
      {
        label: '2',
        text: 'Thực hiện công tác vận động trí thức',
        line: 15,
        subItems: [{ label: 'a', text: 'Phát huy truyền thống yêu nước', line: 17 }],
      },
    ],
    regularTasks: [{ label: '1', text: 'Tuyên truyền Nghị quyết', line: 43 }],
    years: [{ year: 2019, line: 63, items: [{ label: '1', text: 'Đẩy mạnh tuyên truyền', line: 65 }] }],
    implementation: [{ label: '1', text: 'Cơ quan Thường trực', line: 137 }],
    recipients: ['UBND tỉnh (đề b/c);', 'Lưu: VT'],
    flags: [
      {
        line: 133,
        text: '7. Tăng cường mở rộng hợp tác quốc tế',
        reason: 'Số thứ tự không liên tục: cần 5, gặp 7',
      },
    ],
  },
};

function renderPreview(p: ImportPreview) {
  return renderWithMantine(
    <MemoryRouter>
      <ImportPreviewView preview={p} />
    </MemoryRouter>,
  );
}

describe('ImportPreviewView', () => {
  it('shows the counts, including the tasks of each year', () => {
    renderPreview(preview);
    expect(screen.getByTestId('count-missions').textContent).toBe('5');
    expect(screen.getByTestId('count-regular-tasks').textContent).toBe('8');
    expect(screen.getByTestId('count-year-2020').textContent).toBe('7');
    expect(screen.getByTestId('count-flags').textContent).toBe('1');
    expect(screen.getByText('Nhiệm vụ năm 2019')).toBeTruthy();
  });

  it('lists each flagged line with its number, text and reason', () => {
    renderPreview(preview);
    const rows = screen.getAllByTestId('import-flag');
    expect(rows).toHaveLength(1);
    const row = within(rows[0]!);
    expect(row.getByTestId('flag-line').textContent).toBe('133');
    expect(row.getByText('7. Tăng cường mở rộng hợp tác quốc tế')).toBeTruthy();
    expect(row.getByText('Số thứ tự không liên tục: cần 5, gặp 7')).toBeTruthy();
    expect(screen.queryByTestId('no-flags')).toBeNull();
  });

  it('says so when nothing is flagged, and shows the parsed tree', () => {
    renderPreview({ ...preview, parsed: { ...preview.parsed, flags: [] } });
    expect(screen.queryAllByTestId('import-flag')).toHaveLength(0);
    expect(screen.getByTestId('no-flags')).toBeTruthy();
    expect(screen.getByText(/Phát huy truyền thống yêu nước/)).toBeTruthy();
    expect(screen.getByText('Năm 2019')).toBeTruthy();
    expect(screen.getByText('Lưu: VT')).toBeTruthy();
  });

  it('links to the program when the document was imported before', () => {
    renderPreview({ ...preview, existingProgramId: '00000000-0000-0000-0000-000000000009' });
    const alert = screen.getByTestId('already-imported');
    expect(within(alert).getByRole('link').getAttribute('href')).toBe(
      '/programs/00000000-0000-0000-0000-000000000009',
    );
  });
});
