import { Table } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';

export interface Column {
  label: ReactNode;
  /** Numbers are right-aligned. */
  align?: 'right';
  miw?: number;
  /** For headers without a visible label (e.g. actions): the name screen readers say. */
  ariaLabel?: string;
}

const RIGHT: CSSProperties = { textAlign: 'right' };

/** A list's table: scrolls sideways on narrow screens, one header cell per column, the rows as children. */
export function ListTable({
  columns,
  minWidth = 700,
  testId,
  striped = true,
  children,
}: {
  columns: readonly (Column | string)[];
  minWidth?: number;
  testId?: string;
  striped?: boolean;
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped={striped} highlightOnHover data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c, i) => {
              const column = typeof c === 'string' ? { label: c } : c;
              return (
                <Table.Th
                  key={i}
                  scope="col"
                  style={column.align === 'right' ? RIGHT : undefined}
                  miw={column.miw}
                  aria-label={column.ariaLabel}
                >
                  {column.label}
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A right-aligned cell (numbers). */
export function NumberCell({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <Table.Td style={RIGHT} data-testid={testId}>
      {children}
    </Table.Td>
  );
}
