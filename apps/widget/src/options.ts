import { COUNTRIES, TOPIC_CODES, type Country, type TopicCode } from '@groupfinder/domain';

/** What a host page can configure on one widget: the `data-*` attributes of its mount element. */
export interface WidgetOptions {
  /**
   * An embed's public key (`<groupfinder-finder key="…">`): the municipality's saved finder. The API
   * then shows only what the embed allows, to its sites only, and the embed sets the language,
   * colour, font and the texts under the results. Without one, the attributes below say it all.
   */
  key?: string;
  /** GraphQL endpoint; `data-api`. Defaults to the API the script was loaded from, else the URL the bundle was built with. */
  api?: string;
  /** Language tag forced on the widget; `data-lang`. Otherwise the host page's `<html lang>`. */
  lang?: string;
  /** Only groups about these topics (and their sub-topics); `data-topics="ALCOHOL,GAMBLING"`. */
  topics?: TopicCode[];
  /** Official municipality code, e.g. Gladsaxe "159"; `data-municipality`. */
  municipality?: string;
  /** Only groups in this country; `data-country="DK"`. */
  country?: Country;
  /** Level of the widget's own heading (2–6), so it fits the host page's outline; `data-heading-level`. */
  headingLevel?: HeadingLevel;
}

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** The `data-*` attributes as the DOM hands them over (`element.dataset`), with `key` and `lang` of a `<groupfinder-finder>`. */
export type DataAttributes = Readonly<Record<string, string | undefined>>;

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Reads a mount element's attributes; unknown topic or country codes are dropped, never guessed. */
export function parseWidgetOptions(data: DataAttributes): WidgetOptions {
  const options: WidgetOptions = {};
  const key = text(data['key']);
  // Kept whatever its shape: a key cut short when pasted is refused by the API (EMBED_NOT_FOUND, shown),
  // where dropping it would show every group of every country, unscoped, with no sign of the mistake.
  if (key) options.key = key;
  const api = text(data['api']);
  if (api) options.api = api;
  const lang = text(data['lang']);
  if (lang) options.lang = lang;
  const topics = (data['topics'] ?? '')
    .split(/[\s,]+/)
    .map((code) => code.trim().toUpperCase())
    .filter((code): code is TopicCode => (TOPIC_CODES as readonly string[]).includes(code));
  if (topics.length > 0) options.topics = [...new Set(topics)];
  const municipality = text(data['municipality']);
  if (municipality) options.municipality = municipality;
  const country = text(data['country'])?.toUpperCase();
  if (country && (COUNTRIES as readonly string[]).includes(country)) options.country = country as Country;
  const level = Number(text(data['headingLevel']));
  if (Number.isInteger(level) && level >= 2 && level <= 6) options.headingLevel = level as HeadingLevel;
  return options;
}

/**
 * The language tags to negotiate the widget's locale from, best first: a forced `data-lang`
 * alone; otherwise the host page's `lang`, then the visitor's browser languages (used only when
 * the page's language is missing or one we do not write).
 */
export function requestedLanguages(
  options: Pick<WidgetOptions, 'lang'>,
  pageLang: string | null | undefined,
  browserLanguages: readonly string[] = [],
): string[] {
  if (options.lang) return [options.lang];
  return [pageLang ?? '', ...browserLanguages].filter((tag) => tag.trim() !== '');
}

/** The attributes of a mount element: its `data-*`, and on `<groupfinder-finder>` also `key` and `lang` as plain attributes. */
export function attributesOf(element: Pick<HTMLElement, 'dataset' | 'getAttribute'>): DataAttributes {
  return { ...element.dataset, key: element.getAttribute('key') ?? element.dataset['key'], lang: element.getAttribute('lang') ?? element.dataset['lang'] };
}

/**
 * The API beside the script that is running, when it was loaded from an API's `/widget/` (as the
 * dashboard's snippet loads it): that API's `/graphql`. Null otherwise (the dev server, a copy).
 */
export function endpointBesideScript(src: string | undefined): string | null {
  if (!src || !/\/widget\/groupfinder-widget\.js(\?.*)?$/.test(src)) return null;
  return new URL('/graphql', src).href;
}

/** The endpoint with the embed's key as `?embed=` (every request of the widget names it), or as it is without one. */
export function withEmbedKey(endpoint: string, key: string | undefined): string {
  if (!key) return endpoint;
  const url = new URL(endpoint);
  url.searchParams.set('embed', key);
  return url.href;
}
