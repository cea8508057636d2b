import { filterVenues, type ListedVenue } from './venueList';

const venue = (id: string, name: string, street: string, town: string, archived = false): ListedVenue => ({ id, name, street, town, archived });

const venues = [
  venue('1', 'Frivilligcenter Lyngby', 'Lyngby Hovedgade 28', 'Kongens Lyngby'),
  venue('2', 'Kulturhuset Søborg', 'Søborg Hovedgade 115', 'Søborg'),
  venue('3', 'Medborgarhuset', 'Stortorget 1', 'Malmö'),
  venue('4', 'Det gamle bibliotek', 'Lyngby Hovedgade 2', 'Kongens Lyngby', true),
];

describe('filterVenues', () => {
  it('leaves archived venues out unless asked for', () => {
    expect(filterVenues(venues, { search: '', showArchived: false }).map(({ id }) => id)).toEqual(['1', '2', '3']);
    expect(filterVenues(venues, { search: '', showArchived: true }).map(({ id }) => id)).toEqual(['1', '2', '3', '4']);
  });

  it('finds venues by their name, street or town, whatever the case and accents', () => {
    expect(filterVenues(venues, { search: 'KULTURHUSET', showArchived: false }).map(({ id }) => id)).toEqual(['2']);
    expect(filterVenues(venues, { search: 'stortorget', showArchived: false }).map(({ id }) => id)).toEqual(['3']);
    expect(filterVenues(venues, { search: 'malmo', showArchived: false }).map(({ id }) => id)).toEqual(['3']);
  });

  it('finds only venues with every word searched for', () => {
    expect(filterVenues(venues, { search: 'lyngby hovedgade 2', showArchived: true }).map(({ id }) => id)).toEqual(['1', '4']);
    expect(filterVenues(venues, { search: 'lyngby søborg', showArchived: true })).toEqual([]);
  });
});
