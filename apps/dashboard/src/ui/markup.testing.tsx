import { translator, type Locale } from '@groupfinder/translations';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { LocaleContext } from '../i18n/LocaleContext';

// The jest environment has no DOM: component tests read what a form first shows, as a screen reader would.

/** The markup of `children` as first shown in `locale`. */
export function markupIn(children: ReactNode, locale: Locale = 'en'): string {
  return renderToStaticMarkup(<LocaleContext.Provider value={{ locale, t: translator(locale) }}>{children}</LocaleContext.Provider>);
}

/** The text a person reads, without the markup. */
export const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

/** The label of the control with this id. */
export const labelOf = (html: string, id: string) => new RegExp(`<label[^>]*for="${id}"[^>]*>([^<]*)</label>`).exec(html)?.[1];
/** What is shown beside the label of the control with this id, hidden from screen readers (the control says it itself): "(required)". */
export const labelMarkOf = (html: string, id: string) => new RegExp(`<label[^>]*for="${id}"[^>]*>[^<]*</label><span[^>]*aria-hidden="true"[^>]*>([^<]*)</span>`).exec(html)?.[1];
