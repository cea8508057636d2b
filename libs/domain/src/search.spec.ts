import { TOPIC_CODES } from './vocabularies';
import { foldForSearch, searchWords, TOPIC_SYNONYMS } from './search';

describe('foldForSearch', () => {
  it('ignores case and diacritics, spelling out Nordic and Polish letters', () => {
    expect(foldForSearch('Søborg Hovedgade')).toBe('soborg hovedgade');
    expect(foldForSearch('Kraków, Łódź')).toBe('krakow lodz');
    expect(foldForSearch('Pårørende – Ærø')).toBe('parorende aero');
    expect(foldForSearch('Żałoba')).toBe('zaloba');
  });
});

describe('searchWords', () => {
  it('splits a query into distinct folded words', () => {
    expect(searchWords('  Sorg  SORG unge! ')).toEqual(['sorg', 'unge']);
    expect(searchWords('%_')).toEqual([]);
  });
});

describe('TOPIC_SYNONYMS', () => {
  it('has words for every topic, including grief in Danish, Polish and English', () => {
    for (const code of TOPIC_CODES) expect(TOPIC_SYNONYMS[code].length).toBeGreaterThan(0);
    expect(TOPIC_SYNONYMS.GRIEF).toEqual(expect.arrayContaining(['sorg', 'mistet', 'żałoba', 'grief']));
  });
});
