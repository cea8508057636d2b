import { matchesSearch, pageOf } from './lists';

describe('matchesSearch', () => {
  it('finds every word searched for in any of the texts, whatever the case and accents', () => {
    expect(matchesSearch('angestgrupp MALMO', ['angst-malmo', 'Ångestgrupp Malmö'])).toBe(true);
    expect(matchesSearch('lyngby søborg', ['Lyngby Hovedgade 28', 'Kongens Lyngby'])).toBe(false);
  });

  it('finds everything when nothing is searched for', () => {
    expect(matchesSearch('  ', ['Kulturhuset Søborg'])).toBe(true);
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
