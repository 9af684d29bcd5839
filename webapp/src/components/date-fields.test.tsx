import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithMantine } from '@/test/render';
import { DateField, DateTimeField } from './date-fields';

function Controlled({ initial, time = false }: { initial: string; time?: boolean }) {
  const [value, setValue] = useState(initial);
  const onChange = (e: { currentTarget: { value: string } }) => setValue(e.currentTarget.value);
  return (
    <>
      {time ? (
        <DateTimeField label="Lúc" name="when" value={value} onChange={onChange} data-testid="field" />
      ) : (
        <DateField label="Ngày" name="day" value={value} onChange={onChange} data-testid="field" />
      )}
      <output data-testid="value">{value}</output>
    </>
  );
}

describe('DateField', () => {
  it('shows YYYY-MM-DD as dd/MM/yyyy and gives typed dd/MM/yyyy back as YYYY-MM-DD', () => {
    renderWithMantine(<Controlled initial="2026-02-05" />);
    const input = screen.getByTestId('field') as HTMLInputElement;
    expect(input.value).toBe('05/02/2026');
    expect(input.getAttribute('data-name')).toBe('day');
    expect(screen.getByLabelText('Ngày')).toBe(input);

    fireEvent.change(input, { target: { value: '31/12/2027' } });
    expect(screen.getByTestId('value').textContent).toBe('2027-12-31');
    fireEvent.change(input, { target: { value: '' } });
    expect(screen.getByTestId('value').textContent).toBe('');
  });

  it('carries the value in a hidden input for forms read with FormData', () => {
    renderWithMantine(
      <form data-testid="form">
        <DateField label="Từ ngày" name="from" defaultValue="2026-12-01" />
      </form>,
    );
    const data = new FormData(screen.getByTestId('form') as HTMLFormElement);
    expect(data.get('from')).toBe('2026-12-01');
  });
});

describe('DateTimeField', () => {
  it("keeps the native input's wall-clock value and shows dd/MM/yyyy HH:mm", () => {
    renderWithMantine(<Controlled initial="2026-12-31T23:30" time />);
    const input = screen.getByTestId('field') as HTMLInputElement;
    expect(input.value).toBe('31/12/2026 23:30');
    fireEvent.change(input, { target: { value: '01/01/2027 08:05' } });
    expect(screen.getByTestId('value').textContent).toBe('2027-01-01T08:05');
  });
});
