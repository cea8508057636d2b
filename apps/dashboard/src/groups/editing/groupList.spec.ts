import { filterGroups, NO_FILTER, ORGANISATION_ITSELF, type ListedGroup } from './groupList';

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
