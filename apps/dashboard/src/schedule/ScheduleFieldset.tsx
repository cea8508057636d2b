import { useId, type ReactNode } from 'react';

export interface ScheduleFieldsetProps {
  readonly legend: string;
  /** What is wrong with the group of controls as a whole, read with it. */
  readonly error?: string | undefined;
  /** A group inside another, drawn lighter. */
  readonly nested?: boolean;
  readonly children: ReactNode;
}

/** A group of the schedule editor's controls: a fieldset named by its legend, with its problem. */
export function ScheduleFieldset({ legend, error, nested = false, children }: ScheduleFieldsetProps) {
  const errorId = useId();
  const className = ['schedule-editor__group', nested ? 'schedule-editor__group--nested' : '', error ? 'schedule-editor__group--invalid' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset className={className} aria-describedby={error ? errorId : undefined}>
      <legend className="schedule-editor__legend">{legend}</legend>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}
