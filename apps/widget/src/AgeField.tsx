import { useEffect, useRef } from 'react';
import { AGE_RANGE, readAge } from './filter-values';
import type { WidgetTranslate } from './messages';

interface AgeFieldProps {
  /** As in FilterValues: the text typed, or null when the browser cannot read it as a number. */
  value: string | null;
  t: WidgetTranslate;
  onChange: (age: string | null) => void;
}

const ID = 'gf-your-age';

/**
 * "Your age", optional: a number field with the phone's number keypad. The hint says it is
 * optional and not stored, before the field, so that it is read with it; an age the widget
 * cannot use is said at once (role="alert") and is not searched for.
 */
export function AgeField({ value, t, onChange }: AgeFieldProps) {
  const field = useRef<HTMLInputElement>(null);
  const invalid = readAge(value) === 'invalid';

  // A number field holding text it cannot read ("1e") reports '' as its value, so rendering '' on
  // a reset would leave that text in place: clear it here.
  useEffect(() => {
    if (value === '' && field.current?.validity.badInput) field.current.value = '';
  }, [value]);

  return (
    <div className="gf-field gf-field--half">
      <label className="gf-label" htmlFor={ID}>
        {t('widget.filter.yourAge')}
      </label>
      <p className="gf-hint" id={`${ID}-hint`}>
        {t('widget.filter.yourAge.hint')}
      </p>
      {invalid && (
        <p className="gf-field__error" id={`${ID}-error`} role="alert">
          {t('widget.filter.yourAge.invalid', { min: AGE_RANGE.min, max: AGE_RANGE.max })}
        </p>
      )}
      <input
        className="gf-input"
        id={ID}
        ref={field}
        type="number"
        inputMode="numeric"
        min={AGE_RANGE.min}
        max={AGE_RANGE.max}
        step={1}
        value={value ?? ''}
        autoComplete="off"
        enterKeyHint="search"
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${ID}-hint ${ID}-error` : `${ID}-hint`}
        onInput={(event) => {
          const input = event.currentTarget;
          onChange(input.validity.badInput ? null : input.value);
        }}
      />
    </div>
  );
}
