import { negotiateLocale, translator, type Locale } from '@groupfinder/translations';
import { useMemo } from 'react';
import { graphql } from './gql';
import { GroupFinder } from './GroupFinder';
import { LoadError } from './LoadError';
import type { WidgetOptions } from './options';
import { EMBED_REFUSALS, request } from './request';
import { useRequest } from './useRequest';

export const EmbedSettingsQuery = graphql(`
  query WidgetEmbedSettings {
    embedSettings {
      defaultLanguage
      country
      municipalityCode
      municipalityName
      accentColour
      font
      contactText {
        text
        language
      }
      crisisText {
        text
        language
      }
    }
  }
`);

interface EmbeddedFinderProps {
  options: WidgetOptions;
  /** The endpoint, with the embed's key when there is one (withEmbedKey). */
  endpoint: string;
  /** The language from the element's `lang`, else the page's and the browser's (mount.tsx). */
  locale: Locale;
  host: HTMLElement;
}


/**
 * The finder of an embed: its settings first (the language it speaks unless the element says
 * otherwise, its colour and font, the texts under the results), then the finder. A finder without
 * a key is the plain one.
 */
export function EmbeddedFinder({ options, endpoint, locale: asked, host }: EmbeddedFinderProps) {
  const { key } = options;
  const settings = useRequest(key ? `${endpoint} ${asked}` : '', (signal) =>
    key ? request(endpoint, EmbedSettingsQuery, {}, { locale: asked, signal }).then((data) => data.embedSettings) : Promise.resolve(null),
  );
  const embed = settings.data;
  const locale = key && embed && !options.lang ? negotiateLocale([embed.defaultLanguage.toLowerCase()]) : asked;
  const t = useMemo(() => translator(locale), [locale]);
  // Outside the finder's section: its own `lang`, for a finder in another language than its page.
  const statement = (
    <p className="gf-statement" lang={locale}>
      {/* In the whole window: in the frame page (/embed/<key>) it would be refused, as a page that may not be framed. */}
      <a href={new URL(`/accessibility/${locale}`, endpoint).href} target="_top">
        {t('widget.accessibilityStatement')}
      </a>
    </p>
  );
  if (!key) {
    return (
      <>
        <GroupFinder options={options} endpoint={endpoint} locale={locale} host={host} />
        {statement}
      </>
    );
  }
  if (settings.status === 'error') {
    const error = settings.error;
    return error?.code && EMBED_REFUSALS.has(error.code) ? (
      <p className="gf-error gf-error__text" role="alert" lang={asked}>
        {error.message}
      </p>
    ) : (
      <LoadError t={t} onRetry={settings.retry} />
    );
  }
  if (!embed) return null;
  // The embed's municipality is where it starts (its chosen neighbours are offered when that finds nothing); the element's own attributes win.
  const scoped: WidgetOptions = { municipality: embed.municipalityCode, country: embed.country, ...options };
  const style: Record<string, string> = { '--gf-accent': embed.accentColour };
  if (embed.font) style['fontFamily'] = `${embed.font}, system-ui, sans-serif`;
  const texts = [
    { label: t('widget.embed.crisis'), text: embed.crisisText },
    { label: t('widget.embed.contact'), text: embed.contactText },
  ].filter((note) => note.text);
  return (
    <div className="gf-embed" style={style} lang={locale}>
      <GroupFinder options={scoped} endpoint={endpoint} locale={locale} host={host} />
      {texts.length > 0 && (
        <aside className="gf-embed__notes" aria-label={t('widget.embed.notes', { municipality: embed.municipalityName })}>
          {texts.map(({ label, text }) => (
            <p key={label} className="gf-embed__note">
              <strong>{label}</strong>{' '}
              <span lang={text?.language.toLowerCase() === locale ? undefined : text?.language.toLowerCase()}>{text?.text}</span>
            </p>
          ))}
        </aside>
      )}
      {statement}
    </div>
  );
}
