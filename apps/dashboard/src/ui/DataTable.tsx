import type { ReactNode } from 'react';

export interface DataTableProps {
  /** Names the table for screen readers; the section's heading already names it for everyone. */
  readonly caption: string;
  /** The column headings, left to right. */
  readonly columns: readonly ReactNode[];
  /** The rows: one <tr> each. */
  readonly children: ReactNode;
}

/** A table of records inside a section, scrolling sideways on a narrow screen. */
export function DataTable({ caption, columns, children }: DataTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              // The columns are fixed for a table: their place is their identity.
              <th scope="col" key={index}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
