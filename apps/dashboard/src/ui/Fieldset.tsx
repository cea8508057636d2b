import { useId, type ReactNode } from 'react';

export interface FieldsetProps {
  /** Names the group: the fieldset's legend. */
  readonly legend: string;
  /** The fieldset's id, so that a summary of problems can move the focus to it. */
  readonly id?: string | undefined;
  /** `choice-group`, `text-fieldset`: how its controls are laid out. */
  readonly className: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly children: ReactNode;
}

/**
 * Several controls of one field under its legend (choices, a text in each language, a list of
 * sites), with the field's hint and error read with the group. Focusable from a summary of
 * problems only (tabIndex -1), not in the tab order.
 */
export function Fieldset({ legend, id: givenId, className, hint, error, children }: FieldsetProps) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset id={id} className={error ? `${className} field--invalid` : className} aria-describedby={describedBy} tabIndex={-1}>
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}
