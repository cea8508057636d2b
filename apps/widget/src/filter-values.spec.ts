import { NO_FILTER, isFiltered, moreFiltersInUse, toGroupFilter, type FilterValues } from './filter-values';

describe('toGroupFilter', () => {
  it("searches the host's municipality, with the online groups in the visitor's language", () => {
    expect(toGroupFilter(NO_FILTER, '', '', { municipality: '159' })).toEqual({ municipalityCode: '159', includeOnline: true });
  });

  it("replaces the host's municipality by a place the visitor typed, within the distance chosen", () => {
    const values: FilterValues = { ...NO_FILTER, topic: 'GRIEF', age: 'YOUTH', language: 'da', place: 'Lyngby', radiusKm: 25 };
    expect(toGroupFilter(values, '', 'Lyngby', { municipality: '159', country: 'DK' })).toEqual({
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
    expect(toGroupFilter(values, 'sorg', '', { topics: ['GRIEF', 'CRISIS'] })).toEqual({
      topics: ['GRIEF', 'CRISIS'],
      formats: ['IN_PERSON', 'HYBRID'],
      weekdays: ['TUESDAY'],
      timesOfDay: ['EVENING'],
      text: 'sorg',
    });
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
