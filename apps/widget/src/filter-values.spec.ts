import { NO_FILTER, isFiltered, moreFiltersInUse, readAge, toGroupFilter, type FilterValues } from './filter-values';

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
