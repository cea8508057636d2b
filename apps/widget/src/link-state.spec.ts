import { AGE_BAND_CODES, LANGUAGES, LIMITS, TIME_OF_DAY_CODES, TOPIC_CODES, WEEKDAYS } from '@groupfinder/domain';
import fc from 'fast-check';
import { AUDIENCE_CHOICES, FORMAT_CHOICES, NO_FILTER, RADII_KM } from './filter-values';
import {
  DEFAULT_LINK_STATE,
  FragmentParams,
  changedSelect,
  decodeLinkState,
  encodeLinkState,
  onlyTypingChanged,
  readFragmentParam,
  writeFragmentParam,
  type FinderView,
  type LinkState,
} from './link-state';

/** Codes in the form's order, each once, as the checkboxes give them. */
const someOf = <C extends string>(codes: readonly C[]) => fc.subarray([...codes]);
const oneOrNone = <C extends string>(codes: readonly C[]) => fc.constantFrom<C | ''>('', ...codes);
/** Any text a visitor can type in a field (maxLength), as the finder keeps it once settled: trimmed. */
const typed = fc.string({ unit: 'grapheme', maxLength: LIMITS.searchTextMaxLength }).map((text) => text.trim());
const slug = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 5 })
  .map((words) => words.join('-'));
const view: fc.Arbitrary<FinderView> = fc.oneof(
  fc.constant({ kind: 'list' } as const),
  fc.constant({ kind: 'print' } as const),
  slug.map((each) => ({ kind: 'group', slug: each }) as const),
);
const state: fc.Arbitrary<LinkState> = fc.record({
  values: fc.record({
    text: typed,
    topic: oneOrNone(TOPIC_CODES),
    audience: oneOrNone(AUDIENCE_CHOICES),
    place: typed,
    radiusKm: fc.constantFrom(...RADII_KM),
    ageBand: oneOrNone(AGE_BAND_CODES),
    language: oneOrNone(LANGUAGES),
    format: oneOrNone(FORMAT_CHOICES),
    weekdays: someOf(WEEKDAYS),
    timesOfDay: someOf(TIME_OF_DAY_CODES),
    neighbours: fc.boolean(),
  }),
  view,
});

describe('a finder’s state in its fragment parameter', () => {
  it('writes a search compactly and readably, and reads it back', () => {
    const search: LinkState = {
      values: { ...DEFAULT_LINK_STATE.values, text: 'alkohol og spil', topic: 'ALCOHOL', weekdays: ['MONDAY', 'FRIDAY'], place: 'Kgs. Lyngby', radiusKm: 25 },
      view: { kind: 'group', slug: 'smart-recovery-soborg-mandag' },
    };
    const written = encodeLinkState(search);
    expect(written).toBe('q:alkohol+og+spil;topic:alcohol;near:Kgs.+Lyngby;km:25;days:monday,friday;group:smart-recovery-soborg-mandag');
    expect(decodeLinkState(written)).toEqual(search);
  });

  it('writes nothing for a fresh search of the list', () => {
    expect(encodeLinkState(DEFAULT_LINK_STATE)).toBe('');
    expect(decodeLinkState('')).toEqual(DEFAULT_LINK_STATE);
    expect(decodeLinkState(null)).toEqual(DEFAULT_LINK_STATE);
  });

  it('reads back every state it writes', () => {
    fc.assert(fc.property(state, (each) => expect(decodeLinkState(encodeLinkState(each))).toEqual(each)));
  });

  it('reads back texts with the characters that separate its parts, and letters beyond ASCII', () => {
    const values = { ...DEFAULT_LINK_STATE.values, text: 'a;b:c,d&e=f+g%h#i/j?k', place: 'Łódź – Søborg' };
    const written = encodeLinkState({ values, view: { kind: 'list' } });
    expect(written).not.toMatch(/[&#\s]/);
    expect(decodeLinkState(written).values).toEqual(values);
  });

  it('never throws, whatever a link holds, and keeps only what is valid', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => {
        const read = decodeLinkState(raw);
        // What it read writes and reads back the same: nothing invalid got in.
        expect(decodeLinkState(encodeLinkState(read))).toEqual(read);
      }),
    );
  });

  it('drops unknown keys, codes that are not codes, bad escapes and slugs that cannot be', () => {
    expect(decodeLinkState('topic:nonsense;for:both;km:7;days:someday;lang:de;group:Not a slug;q:%E0%A4%A;sort:name;:;;near')).toEqual(DEFAULT_LINK_STATE);
    expect(decodeLinkState('days:monday,someday;times:noon').values.weekdays).toEqual(['MONDAY']);
    expect(decodeLinkState(`q:${'a'.repeat(LIMITS.searchTextMaxLength + 1)}`)).toEqual(DEFAULT_LINK_STATE);
    expect(decodeLinkState(`group:${'a'.repeat(LIMITS.slugMaxLength + 1)}`)).toEqual(DEFAULT_LINK_STATE);
  });

  it('reads codes in any case, weekdays in the week’s order, each once', () => {
    expect(decodeLinkState('topic:GRIEF;days:friday,MONDAY,friday').values).toEqual({ ...DEFAULT_LINK_STATE.values, topic: 'GRIEF', weekdays: ['MONDAY', 'FRIDAY'] });
  });

  it('opens the group when a link asks for both a group and the list to print', () => {
    expect(decodeLinkState('view:print;group:sorg').view).toEqual({ kind: 'group', slug: 'sorg' });
    expect(decodeLinkState('view:print').view).toEqual({ kind: 'print' });
  });

  it('drops a topic outside the host’s topics, keeping their sub-topics', () => {
    expect(decodeLinkState('topic:grief', ['ADDICTION']).values.topic).toBe('');
    expect(decodeLinkState('topic:gambling', ['ADDICTION']).values.topic).toBe('GAMBLING');
  });

  it('reads a link escaped once more on its way (a mail program)', () => {
    expect(decodeLinkState(encodeURIComponent('q:sorg;topic:grief'))).toEqual({ values: { ...DEFAULT_LINK_STATE.values, text: 'sorg', topic: 'GRIEF' }, view: { kind: 'list' } });
  });

  it('leaves the visitor’s age out of every link', () => {
    expect(encodeLinkState({ values: { ...DEFAULT_LINK_STATE.values, ...{ age: '15' } }, view: { kind: 'list' } })).toBe('');
  });
});

describe('typing and choosing, as history steps', () => {
  it('names the one select changed, so that stepping on through it with the arrow keys is one step in all', () => {
    const grief = { ...NO_FILTER, topic: 'GRIEF' as const };
    expect(changedSelect(NO_FILTER, grief)).toBe('topic');
    expect(changedSelect(grief, { ...grief, topic: 'DIVORCE' })).toBe('topic');
    expect(changedSelect(grief, { ...grief, radiusKm: 25 })).toBe('radiusKm');
    // Two filters at once, a checkbox, or typing: no select stepped through.
    expect(changedSelect(NO_FILTER, { ...grief, radiusKm: 25 })).toBeNull();
    expect(changedSelect(NO_FILTER, { ...NO_FILTER, weekdays: ['MONDAY'] })).toBeNull();
    expect(changedSelect(NO_FILTER, { ...NO_FILTER, text: 'sorg' })).toBeNull();
  });

  it('counts words, place and age as typing, and any other filter as a step', () => {
    expect(onlyTypingChanged(NO_FILTER, { ...NO_FILTER, text: 'sorg', place: 'Lyngby', age: '15' })).toBe(true);
    expect(onlyTypingChanged(NO_FILTER, { ...NO_FILTER, topic: 'GRIEF' })).toBe(false);
    expect(onlyTypingChanged(NO_FILTER, { ...NO_FILTER, radiusKm: 25 })).toBe(false);
    expect(onlyTypingChanged(NO_FILTER, { ...NO_FILTER, weekdays: ['MONDAY'] })).toBe(false);
  });
});

describe('the finder’s parameter among the others of the fragment', () => {
  it('leaves the host’s parameters and other finders’ as written, in their places', () => {
    const hash = '#tab=2&gf=q:sorg&gf2=topic:grief&x=%20a+b';
    expect(readFragmentParam(hash, 'gf')).toBe('q:sorg');
    expect(writeFragmentParam(hash, 'gf', 'q:spil')).toBe('#tab=2&gf=q:spil&gf2=topic:grief&x=%20a+b');
    expect(writeFragmentParam(hash, 'gf', '')).toBe('#tab=2&gf2=topic:grief&x=%20a+b');
    expect(writeFragmentParam('#tab=2', 'gf', 'q:spil')).toBe('#tab=2&gf=q:spil');
    expect(writeFragmentParam('#gf=q:sorg', 'gf', '')).toBe('');
  });

  it('replaces an anchor, which is no finder’s, and says it holds nothing', () => {
    expect(readFragmentParam('#main', 'gf')).toBeUndefined();
    expect(writeFragmentParam('#main', 'gf', 'q:sorg')).toBe('#gf=q:sorg');
    expect(readFragmentParam('', 'gf')).toBeNull();
    expect(readFragmentParam('#', 'gf')).toBeNull();
  });

  it('sets one parameter and changes no other, whatever the fragment', () => {
    const name = fc.constantFrom('gf', 'gf2', 'gf-naboer');
    const part = fc.tuple(fc.stringMatching(/^[\w.%+-]{1,6}$/), fc.stringMatching(/^[\w.%+:;,-]{0,8}$/)).map(([key, value]) => `${key}=${value}`);
    fc.assert(
      fc.property(fc.array(part, { maxLength: 5 }), name, fc.stringMatching(/^[\w:;,.%+-]{0,20}$/), (parts, own, value) => {
        const hash = parts.length > 0 ? `#${parts.join('&')}` : '';
        const written = writeFragmentParam(hash, own, value);
        expect(readFragmentParam(written, own)).toBe(value === '' ? null : value);
        const others = (fragment: string) => fragment.replace(/^#/, '').split('&').filter((each) => each !== '' && each.split('=')[0] !== own);
        expect(others(written)).toEqual(others(hash));
      }),
    );
  });
});

describe('the names of the finders’ parameters', () => {
  it('gives the first finder gf, a later one its element’s id or its place, and a name back once it is unmounted', () => {
    const params = new FragmentParams();
    const [first, named, third, fourth] = [{ id: 'main-finder' }, { id: 'naboer' }, { id: '' }, { id: 'two words' }];
    expect(params.claim(first)).toBe('gf');
    expect(params.claim(named)).toBe('gf-naboer');
    expect(params.claim(third)).toBe('gf3');
    expect(params.claim(fourth)).toBe('gf4');
    expect(params.claim(named)).toBe('gf-naboer');
    params.release(first);
    expect(params.claim({ id: '' })).toBe('gf');
  });
});
