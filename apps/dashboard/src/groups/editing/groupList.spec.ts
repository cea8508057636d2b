import { filterGroups, NO_FILTER, ORGANISATION_ITSELF, pageOf, type ListedGroup } from './groupList';

const group = (id: string, fields: Partial<ListedGroup> = {}): ListedGroup => ({
  id,
  archived: false,
  slug: id,
  unitId: null,
  name: { da: id },
  enrolment: 'OPEN',
  ...fields,
});

const groups = [
  group('sorggruppe-lyngby', { name: { da: 'Sorggruppe i Lyngby', en: 'Grief group Lyngby' }, unitId: 'lyngby' }),
  group('angst-malmo', { name: { sv: 'Ångestgrupp Malmö' }, enrolment: 'FORMING' }),
  group('gammel-gruppe', { archived: true, unitId: 'lyngby', enrolment: 'ENDED' }),
];
const ids = (list: readonly ListedGroup[]) => list.map(({ id }) => id);

describe('filterGroups', () => {
  it('leaves archived groups out until asked for', () => {
    expect(ids(filterGroups(groups, NO_FILTER))).toEqual(['sorggruppe-lyngby', 'angst-malmo']);
    expect(ids(filterGroups(groups, { ...NO_FILTER, showArchived: true }))).toHaveLength(3);
  });

  it('finds a name in any language, or the slug, without caring about case or accents', () => {
    expect(ids(filterGroups(groups, { ...NO_FILTER, search: 'grief' }))).toEqual(['sorggruppe-lyngby']);
    expect(ids(filterGroups(groups, { ...NO_FILTER, search: 'angestgrupp malmo' }))).toEqual(['angst-malmo']);
    expect(ids(filterGroups(groups, { ...NO_FILTER, search: 'ANGST-' }))).toEqual(['angst-malmo']);
    expect(ids(filterGroups(groups, { ...NO_FILTER, search: 'oslo' }))).toEqual([]);
  });

  it('filters by unit (or the organisation itself) and by enrolment state', () => {
    expect(ids(filterGroups(groups, { ...NO_FILTER, unit: 'lyngby', showArchived: true }))).toEqual(['sorggruppe-lyngby', 'gammel-gruppe']);
    expect(ids(filterGroups(groups, { ...NO_FILTER, unit: ORGANISATION_ITSELF }))).toEqual(['angst-malmo']);
    expect(ids(filterGroups(groups, { ...NO_FILTER, enrolment: 'FORMING' }))).toEqual(['angst-malmo']);
  });
});

describe('pageOf', () => {
  const numbers = Array.from({ length: 45 }, (_, index) => index + 1);

  it('shows 20 at a time and says which of how many', () => {
    expect(pageOf(numbers, 1)).toMatchObject({ page: 1, pageCount: 3, first: 21, last: 40, total: 45 });
    expect(pageOf(numbers, 2).items).toEqual([41, 42, 43, 44, 45]);
  });

  it('shows the last page when the list became shorter than the page asked for', () => {
    expect(pageOf(numbers.slice(0, 5), 2)).toMatchObject({ page: 0, first: 1, last: 5, total: 5 });
  });

  it('says nothing is shown of an empty list', () => {
    expect(pageOf([], 0)).toEqual({ items: [], page: 0, pageCount: 1, first: 0, last: 0, total: 0 });
  });
});
