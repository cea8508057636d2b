import { useEffect, useRef, type MouseEvent } from 'react';
import type { FormProblemState } from '../ui/useFormProblem';

/** The control a problem is about: where its link moves the focus, and what the link calls it. */
export interface ProblemControl {
  readonly id: string;
  readonly label: string;
}

export interface ProblemSummaryProps {
  readonly form: Pick<FormProblemState, 'attempt' | 'formError' | 'problem'>;
  /** The control of a field the API names (`name`, `transportNotes.da`); null when the form has none for it. */
  readonly controlOf?: ((field: string) => ProblemControl | null) | undefined;
}

/**
 * Why a form could not be saved, taking the focus each time it is said (so that it is read out
 * and the keyboard starts there), with a link to each field the API found a problem with.
 */
export function ProblemSummary({ form, controlOf }: ProblemSummaryProps) {
  const summary = useRef<HTMLDivElement>(null);
  const shown = !!form.formError;

  useEffect(() => {
    if (shown) summary.current?.focus();
  }, [shown, form.attempt]);

  if (!shown) return null;

  function focusControl(event: MouseEvent<HTMLAnchorElement>, id: string) {
    // A link to `#id` would change the page the hash names: only the focus moves.
    event.preventDefault();
    document.getElementById(id)?.focus();
  }

  const problems = form.problem?.problems ?? [];
  return (
    <div key={form.attempt} ref={summary} className="form-alert problem-summary" tabIndex={-1}>
      <p className="problem-summary__message">{form.formError}</p>
      {problems.length > 0 ? (
        <ul className="problem-summary__list">
          {problems.map((problem, index) => {
            const control = controlOf?.(problem.field) ?? null;
            return (
              // The API may say two problems of one field: their place in its list tells them apart.
              <li key={`${problem.field}-${index}`}>
                {control ? (
                  <a href={`#${control.id}`} onClick={(event) => focusControl(event, control.id)}>
                    {control.label}: {problem.message}
                  </a>
                ) : (
                  problem.message
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
