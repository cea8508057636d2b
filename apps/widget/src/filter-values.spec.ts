import { LIMITS } from '@groupfinder/domain';
import { LOCALES, translate } from '@groupfinder/translations';
import { NO_FILTER, RADII_KM, WIDGET_WIDENINGS, canWiden, isFiltered, moreFiltersInUse, readAge, toGroupFilter, widened, type FilterValues } from './filter-values';

describe('toGroupFilter', () => {
  it("searches the host's municipality, with the online groups in the visitor's language", () => {
    expect(toGroupFilter(NO_FILTER, { text: '', place: '', age: '' }, { municipality: '159' })).toEqual({ municipalityCode: '159', includeOnline: true });
  });

  it("replaces the host's municipality by a place the visitor typed, within the distance chosen", () => {
    const values: FilterValues = { ...NO_FILTER, topic: 'GRIEF', ageBand: 'YOUTH', language: 'da', place: 'Lyngby', radiusKm: 25 };
    expect(toGroupFilter(values, { text: '', place: 'Lyngby', age: '' }, { municipality: '159', country: 'DK' })).toEqual({
      country: 'DK',
      place: 'Lyngby',
      radiusKm: 25,
      includeOnline: true,
      topics: ['GRIEF'],
      ageBands: ['YOUTH'],
      languages: ['DA'],
    });
  });

  it('finds hybrid groups for "in person" and for "online", and keeps a host\'s topics unless one is chosen', () => {
    const values: FilterValues = { ...NO_FILTER, format: 'IN_PERSON', weekdays: ['TUESDAY'], timesOfDay: ['EVENING'] };
    expect(toGroupFilter(values, { text: 'sorg', place: '', age: '' }, { topics: ['GRIEF', 'CRISIS'] })).toEqual({
      topics: ['GRIEF', 'CRISIS'],
      formats: ['IN_PERSON', 'HYBRID'],
      weekdays: ['TUESDAY'],
      timesOfDay: ['EVENING'],
      text: 'sorg',
    });
  });
});

describe('the visitor\'s age', () => {
  it('reads whole years from 0 to 120 and nothing when the field is empty', () => {
    expect(readAge('')).toBeNull();
    expect(readAge('  ')).toBeNull();
    expect(readAge('15')).toBe(15);
    expect(readAge(' 0 ')).toBe(0);
    expect(readAge('120')).toBe(120);
    expect(readAge('007')).toBe(7);
  });

  it('refuses what is not an age in whole years, and what the number field could not read', () => {
    for (const typed of ['121', '-1', '15.5', '15,5', '1e1', 'femten', '1000']) expect(readAge(typed)).toBe('invalid');
    expect(readAge(null)).toBe('invalid');
  });

  it('sends a valid age, as a number, and never an invalid one', () => {
    const scope = { municipality: '159' };
    expect(toGroupFilter(NO_FILTER, { text: '', place: '', age: '15' }, scope)).toEqual({ municipalityCode: '159', includeOnline: true, age: 15 });
    expect(toGroupFilter(NO_FILTER, { text: '', place: '', age: '0' }, scope)).toEqual({ municipalityCode: '159', includeOnline: true, age: 0 });
    for (const age of ['130', '-3', null]) {
      expect(toGroupFilter(NO_FILTER, { text: '', place: '', age }, scope)).toEqual({ municipalityCode: '159', includeOnline: true });
    }
  });

  it('counts an age typed, even one that cannot be used, as a search to reset', () => {
    expect(isFiltered({ ...NO_FILTER, age: '15' })).toBe(true);
    expect(isFiltered({ ...NO_FILTER, age: null })).toBe(true);
    expect(isFiltered({ ...NO_FILTER, age: ' ' })).toBe(false);
  });
});

describe('what is in use', () => {
  it('counts the filters behind "more filters" and knows a fresh search', () => {
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, place: '  ' })).toBe(false);
    expect(isFiltered({ ...NO_FILTER, radiusKm: 25 })).toBe(true);
    expect(moreFiltersInUse({ ...NO_FILTER, format: 'ONLINE', weekdays: ['MONDAY', 'FRIDAY'] })).toBe(3);
  });
});

describe('widening an empty search', () => {
  const settled = { text: 'sorg unge', place: '', age: '' };
  const chosen: FilterValues = { ...NO_FILTER, text: 'sorg unge', topic: 'GRIEF', audience: 'RELATIVES', ageBand: 'YOUTH', language: 'da', format: 'IN_PERSON', weekdays: ['MONDAY'], timesOfDay: ['EVENING'], place: 'Søborg', radiusKm: 5 };

  it('asks for the neighbours of the host’s municipality too', () => {
    expect(toGroupFilter(widened(chosen, 'NEIGHBOURS'), settled, { municipality: '159', country: 'DK' })).toMatchObject({ municipalityCode: '159', includeNeighbours: true, includeOnline: true });
    expect(isFiltered(widened(NO_FILTER, 'NEIGHBOURS'))).toBe(true);
  });

  it('leaves out what the API left out when it counted, and keeps the rest', () => {
    expect(widened(chosen, 'TEXT')).toEqual({ ...chosen, text: '' });
    expect(widened(chosen, 'AGE')).toEqual({ ...chosen, age: '', ageBand: '' });
    expect(widened(chosen, 'WHEN')).toEqual({ ...chosen, weekdays: [], timesOfDay: [] });
    expect(widened(chosen, 'FILTERS')).toEqual({ ...NO_FILTER, text: 'sorg unge', place: 'Søborg', radiusKm: 5 });
    // Further from the place typed, or without it (the host's municipality again).
    expect(widened(chosen, 'DISTANCE')).toEqual({ ...chosen, radiusKm: LIMITS.radiusWidenedKm });
    expect(RADII_KM).toContain(LIMITS.radiusWidenedKm);
    expect(widened(chosen, 'PLACE')).toEqual({ ...chosen, place: '' });
    for (const locale of LOCALES) expect(translate(locale, 'widget.widen.DISTANCE', { count: 2 })).toContain(`${LIMITS.radiusWidenedKm} km`);
    for (const kind of WIDGET_WIDENINGS) expect(widened(chosen, kind)).not.toEqual(chosen);
  });

  it('offers to look further or without a place only when the visitor gave one, not for the host’s municipality', () => {
    expect(canWiden(chosen, 'DISTANCE', {})).toBe(true);
    expect(canWiden({ ...chosen, place: '' }, 'DISTANCE', {})).toBe(false);
    expect(canWiden({ ...chosen, place: '' }, 'PLACE', {})).toBe(false);
    expect(canWiden({ ...chosen, place: '', here: { latitude: 55.7, longitude: 12.5 } }, 'PLACE', {})).toBe(true);
    // On a municipality's page, leaving the place out searches the municipality, which the API did not count.
    expect(canWiden(chosen, 'PLACE', { municipality: '159' })).toBe(false);
  });

  it('never offers to drop a topic the host chose', () => {
    expect(canWiden({ ...chosen, topic: '' }, 'TOPICS', { topics: ['GRIEF'] })).toBe(false);
    expect(canWiden({ ...chosen, topic: '' }, 'FILTERS', { topics: ['GRIEF'] })).toBe(false);
    expect(canWiden(chosen, 'TOPICS', {})).toBe(true);
  });
});

describe('near the visitor', () => {
  it('searches near the rounded point instead of a place or the host’s municipality', () => {
    const values: FilterValues = { ...NO_FILTER, place: 'Lyngby', here: { latitude: 55.771234, longitude: 12.503456 }, radiusKm: 5 };
    expect(toGroupFilter(values, { text: '', place: 'Lyngby', age: '' }, { municipality: '159' })).toEqual({ near: { latitude: 55.77, longitude: 12.5 }, radiusKm: 5, includeOnline: true });
    expect(isFiltered({ ...NO_FILTER, here: { latitude: 1, longitude: 2 } })).toBe(true);
  });
});
