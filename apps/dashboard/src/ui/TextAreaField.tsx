import type { TextareaHTMLAttributes } from 'react';
import { useLocale } from '../i18n/useLocale';
import { Field, type FieldProps } from './Field';

export interface TextAreaFieldProps
  extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name' | 'value' | 'onChange' | 'aria-describedby' | 'aria-invalid'>,
    Omit<FieldProps, 'children' | 'required'> {
  readonly name: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/**
 * A labelled text of several lines, with its hint and its error linked to it. Its `maxLength` is
 * told, not enforced by the browser: a longer text pasted is kept whole and marked too long
 * (the browser would cut it off unseen, and the cut text would be saved).
 */
export function TextAreaField({ label, id, name, value, onChange, hint, error, rows = 4, maxLength, ...textarea }: TextAreaFieldProps) {
  const { t } = useLocale();
  const tooLong = maxLength !== undefined && value.length > maxLength ? t('error.TEXT_TOO_LONG', { max: maxLength }) : undefined;
  return (
    <Field label={label} id={id} hint={hint} error={error ?? tooLong} required={textarea.required}>
      {(control) => (
        <textarea
          {...textarea}
          {...control}
          name={name}
          rows={rows}
          className="field__input field__input--textarea"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
