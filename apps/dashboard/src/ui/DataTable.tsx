import { useId, type ReactNode } from 'react';

export interface DataTableProps {
  /** Names the table for screen readers; the section's heading already names it for everyone. */
  readonly caption: string;
  /** The column headings, left to right. */
  readonly columns: readonly ReactNode[];
  /** The rows: one <tr> each. */
  readonly children: ReactNode;
}

/**
 * A table of records inside a section, scrolling sideways on a narrow screen: what scrolls takes
 * the focus, so that a keyboard scrolls it too (WCAG 2.1.1), named by the caption as a group (a
 * region would repeat its section's landmark under the same name).
 */
export function DataTable({ caption, columns, children }: DataTableProps) {
  const captionId = useId();
  return (
    <div className="table-scroll" role="group" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId} className="visually-hidden">
          {caption}
        </caption>
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
