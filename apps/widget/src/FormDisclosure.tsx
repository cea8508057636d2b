import type { Locale } from '@groupfinder/translations';
import { useState } from 'react';
import type { FormKind } from './join-form';
import { JoinForm } from './JoinForm';
import type { WidgetTranslate } from './messages';
import type { HeadingLevel } from './options';

interface FormDisclosureProps {
  /** Id of the panel, unique in the widget; the button's is `<id>-open`. */
  id: string;
  /** The button's text, which also names the form. */
  label: string;
  /** A second form on the same group (writing to it) looks quieter than the call to action. */
  secondary?: boolean;
  kind: FormKind;
  slug: string;
  endpoint: string;
  locale: Locale;
  t: WidgetTranslate;
  /** Level of the headings inside the form (privacy notice, confirmation). */
  headingLevel: HeadingLevel;
}

/**
 * A button that opens a form in place (a disclosure: focus stays on it). The form is loaded when
 * first opened and kept while the details are: closing it loses nothing typed.
 */
export function FormDisclosure({ id, label, secondary, kind, slug, endpoint, locale, t, headingLevel }: FormDisclosureProps) {
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  return (
    <div className="gf-join">
      <button
        className={secondary ? 'gf-button gf-button--secondary' : 'gf-button'}
        type="button"
        id={`${id}-open`}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setOpen(!open);
          setOpened(true);
        }}
      >
        {label}
      </button>
      <div className="gf-join__panel" id={id} hidden={!open}>
        {opened && <JoinForm id={id} labelledBy={`${id}-open`} endpoint={endpoint} groupSlug={slug} kind={kind} locale={locale} t={t} headingLevel={headingLevel} />}
      </div>
    </div>
  );
}
