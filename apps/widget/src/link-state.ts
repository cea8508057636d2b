import { AGE_BAND_CODES, LANGUAGES, LIMITS, TIME_OF_DAY_CODES, TOPIC_CODES, WEEKDAYS, isSlug, topicWithSubtopics, type TopicCode } from '@groupfinder/domain';
import { AUDIENCE_CHOICES, DEFAULT_RADIUS_KM, FORMAT_CHOICES, NO_FILTER, RADII_KM, type FilterValues } from './filter-values';

/**
 * A finder's view and search as one parameter of the page's URL fragment, so that Back works, a
 * link can be shared and opening it shows the same view. The fragment never reaches the host's
 * server (nor its logs): a search for "alcohol" is health information. The visitor's own age is
 * left out, as the age field promises ("used for this search only, never stored"), and so is
 * where they are ("Use my location"): a shared link must not say where its sender was.
 *
 *   #gf=q:alkohol;topic:alcohol;days:monday,friday;group:smart-recovery-soborg-mandag
 *
 * Each finder owns one parameter (FragmentParams.claim) and leaves the rest of the fragment as it was.
 */

/** What the finder shows: the list, one group, or the list to print. */
export type FinderView = { kind: 'list' } | { kind: 'group'; slug: string } | { kind: 'print' };

/** The filters a link carries: all but the visitor's age and location. */
export type LinkedValues = Omit<FilterValues, 'age' | 'here'>;

export interface LinkState {
  values: LinkedValues;
  view: FinderView;
}

export const LIST_VIEW: FinderView = { kind: 'list' };

/** The linked part of the filters (the age and the location dropped). */
export function linkedValues({ age: _age, here: _here, ...values }: FilterValues): LinkedValues {
  return values;
}

export const DEFAULT_LINK_STATE: LinkState = { values: linkedValues(NO_FILTER), view: LIST_VIEW };

/** The keys, in the order they are written (the form's); codes go in lower case, which reads better in an address. */
const KEY = {
  text: 'q',
  topic: 'topic',
  audience: 'for',
  place: 'near',
  radiusKm: 'km',
  ageBand: 'ages',
  language: 'lang',
  format: 'format',
  weekdays: 'days',
  timesOfDay: 'times',
  neighbours: 'neighbours',
  group: 'group',
  view: 'view',
} as const;
const PRINT = 'print';

/** A text as it goes in the fragment: percent-escaped, a space as "+" (as in a query string). */
function escapeText(text: string): string {
  return encodeURIComponent(text).replace(/%20/g, '+');
}

function unescapeText(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** The finder's state as its parameter's value; '' for a fresh search of the list (nothing to write). */
export function encodeLinkState({ values, view }: LinkState): string {
  const text = (value: string) => escapeText(value.trim());
  const codes = (value: string | readonly string[]) => (typeof value === 'string' ? value : value.join(',')).toLowerCase();
  const parts: [key: string, value: string][] = [
    [KEY.text, text(values.text)],
    [KEY.topic, codes(values.topic)],
    [KEY.audience, codes(values.audience)],
    [KEY.place, text(values.place)],
    [KEY.radiusKm, values.radiusKm === DEFAULT_RADIUS_KM ? '' : String(values.radiusKm)],
    [KEY.ageBand, codes(values.ageBand)],
    [KEY.language, codes(values.language)],
    [KEY.format, codes(values.format)],
    [KEY.weekdays, codes(values.weekdays)],
    [KEY.timesOfDay, codes(values.timesOfDay)],
    [KEY.neighbours, values.neighbours ? 'yes' : ''],
    [KEY.group, view.kind === 'group' ? view.slug : ''],
    [KEY.view, view.kind === 'print' ? PRINT : ''],
  ];
  return parts
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}:${value}`)
    .join(';');
}

/** `value` when it is one of `codes` (in any case), else ''. */
function oneOf<C extends string>(codes: readonly C[], value: string): C | '' {
  const upper = value.toUpperCase();
  return codes.find((each) => each.toUpperCase() === upper) ?? '';
}

/** Those of `codes` that a comma-separated `value` names, in the codes' order, each once. */
function someOf<C extends string>(codes: readonly C[], value: string): C[] {
  const named = new Set(value.split(',').map((each) => each.toUpperCase()));
  return codes.filter((each) => named.has(each.toUpperCase()));
}

/**
 * Reads a parameter's value back. Whatever a link holds is only a wish: an unknown key, a code
 * that is not one, a topic outside the host's topics (`onlyTopics`), a text longer than its field
 * takes, a slug that cannot be one are each dropped, and nothing throws.
 */
export function decodeLinkState(raw: string | null | undefined, onlyTopics?: readonly TopicCode[]): LinkState {
  if (!raw) return DEFAULT_LINK_STATE;
  // A link whose fragment was escaped once more on its way (a mail program, a CMS): ":" came as %3A.
  const value = !raw.includes(':') && /%3A/i.test(raw) ? (unescapeText(raw) ?? raw) : raw;
  const allowedTopics = onlyTopics && onlyTopics.length > 0 ? new Set(onlyTopics.flatMap(topicWithSubtopics)) : undefined;
  const values: LinkedValues = { ...DEFAULT_LINK_STATE.values };
  let view: FinderView = LIST_VIEW;
  const text = (item: string) => {
    const read = unescapeText(item)?.trim() ?? '';
    return read.length <= LIMITS.searchTextMaxLength ? read : '';
  };

  for (const part of value.split(';')) {
    const colon = part.indexOf(':');
    const key = part.slice(0, Math.max(colon, 0));
    const item = part.slice(colon + 1);
    if (key === KEY.text) values.text = text(item);
    else if (key === KEY.place) values.place = text(item);
    else if (key === KEY.topic) {
      const topic = oneOf(TOPIC_CODES, item);
      values.topic = topic && allowedTopics && !allowedTopics.has(topic) ? '' : topic;
    }
    else if (key === KEY.audience) values.audience = oneOf(AUDIENCE_CHOICES, item);
    else if (key === KEY.radiusKm) values.radiusKm = RADII_KM.find((km) => String(km) === item) ?? DEFAULT_RADIUS_KM;
    else if (key === KEY.ageBand) values.ageBand = oneOf(AGE_BAND_CODES, item);
    else if (key === KEY.language) values.language = oneOf(LANGUAGES, item);
    else if (key === KEY.format) values.format = oneOf(FORMAT_CHOICES, item);
    else if (key === KEY.weekdays) values.weekdays = someOf(WEEKDAYS, item);
    else if (key === KEY.timesOfDay) values.timesOfDay = someOf(TIME_OF_DAY_CODES, item);
    else if (key === KEY.neighbours) values.neighbours = item === 'yes';
    else if (key === KEY.group && item.length <= LIMITS.slugMaxLength && isSlug(item)) view = { kind: 'group', slug: item };
    else if (key === KEY.view && item === PRINT && view.kind === 'list') view = { kind: 'print' };
  }
  return { values, view };
}

/**
 * Whether `next` differs from `previous` only in what is typed (words, place, age): such a change
 * takes the place of the visitor's current step in history instead of adding one per letter.
 */
/** The filters chosen from a list (a select), which the arrow keys step through one value at a time. */
const SELECTS = ['topic', 'audience', 'radiusKm', 'ageBand', 'language', 'format'] as const satisfies readonly (keyof FilterValues)[];
export type SelectFilter = (typeof SELECTS)[number];

/** The one select whose value changed, when nothing else did; null otherwise. */
export function changedSelect(previous: FilterValues, next: FilterValues): SelectFilter | null {
  const changed = (Object.keys(next) as (keyof FilterValues)[]).filter((key) => JSON.stringify(previous[key]) !== JSON.stringify(next[key]));
  const [only] = changed;
  return changed.length === 1 && (SELECTS as readonly string[]).includes(only as string) ? (only as SelectFilter) : null;
}

export function onlyTypingChanged(previous: FilterValues, next: FilterValues): boolean {
  const chosen = (values: FilterValues) => encodeLinkState({ values: { ...linkedValues(values), text: '', place: '' }, view: LIST_VIEW });
  return chosen(previous) === chosen(next);
}

// The fragment, as parameters ("a=1&gf=…") or as an anchor ("#main").

/** The fragment without its "#", split into its parameters; an anchor ("main") is none. */
function fragmentParts(hash: string): string[] {
  const fragment = hash.replace(/^#/, '');
  return fragment.includes('=') ? fragment.split('&').filter((part) => part !== '') : [];
}

function paramName(part: string): string {
  const name = part.split('=', 1)[0] ?? '';
  return unescapeText(name) ?? name;
}

/**
 * The raw value of parameter `name` in a fragment (`location.hash`), as written (still escaped);
 * null when it is not there, and undefined when the fragment is an anchor ("#main"), which says
 * nothing about any finder.
 */
export function readFragmentParam(hash: string, name: string): string | null | undefined {
  const fragment = hash.replace(/^#/, '');
  if (fragment !== '' && !fragment.includes('=')) return undefined;
  const part = fragmentParts(hash).find((each) => paramName(each) === name);
  return part === undefined ? null : part.slice(part.indexOf('=') + 1);
}

/**
 * The fragment with parameter `name` set to `value` (removed when ''), in its place, every other
 * parameter left as written; an anchor ("#main") is replaced. '' when nothing is left.
 */
export function writeFragmentParam(hash: string, name: string, value: string): string {
  const parts = fragmentParts(hash);
  const own = `${name}=${value}`;
  const at = parts.findIndex((part) => paramName(part) === name);
  const next = at < 0 ? [...parts, ...(value ? [own] : [])] : parts.flatMap((part, index) => (index !== at ? [part] : value ? [own] : []));
  return next.length > 0 ? `#${next.join('&')}` : '';
}

// Which parameter each finder on the page owns.

/** A mount element, as far as naming its parameter goes. */
export interface NamedHost {
  readonly id: string;
}

/**
 * The fragment parameters of the finders on a page: `gf` for the first mounted; after it, one
 * named after its mount element's `id` (`gf-results`), or by its place in the mount order (`gf2`,
 * `gf3`…). A page that mounts its finders in the same order gets the same names, so its links keep working.
 */
export class FragmentParams {
  private readonly names = new Map<NamedHost, string>();

  /** The parameter of `host`, the same for as long as it holds it. */
  claim(host: NamedHost): string {
    const held = this.names.get(host);
    if (held) return held;
    const taken = new Set(this.names.values());
    const id = /^[\w-]{1,40}$/.test(host.id) ? host.id : '';
    let name = !taken.has('gf') ? 'gf' : id && !taken.has(`gf-${id}`) ? `gf-${id}` : '';
    for (let place = this.names.size + 1; !name; place += 1) if (!taken.has(`gf${place}`)) name = `gf${place}`;
    this.names.set(host, name);
    return name;
  }

  /** Frees the parameter of a finder that is unmounted. */
  release(host: NamedHost): void {
    this.names.delete(host);
  }
}

/** The page's finders (one bundle, one page). */
export const fragmentParams = new FragmentParams();
