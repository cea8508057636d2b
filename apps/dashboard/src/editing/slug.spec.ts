import { suggestSlug } from './slug';

describe('suggestSlug', () => {
  it('writes Danish, Norwegian, Swedish and Polish letters in plain ones', () => {
    expect(suggestSlug('Frivilligcenter Søborg')).toBe('frivilligcenter-soeborg');
    expect(suggestSlug('Ærø Ålborg')).toBe('aeroe-aalborg');
    expect(suggestSlug('Göteborg Malmö')).toBe('goteborg-malmo');
    expect(suggestSlug('Łódź – Śródmieście')).toBe('lodz-srodmiescie');
  });

  it('keeps single hyphens between words, none at the ends', () => {
    expect(suggestSlug('  Unit  no. 3 (north) ')).toBe('unit-no-3-north');
    expect(suggestSlug('---')).toBe('');
  });

  it('is at most the given length, without a hyphen at the end', () => {
    expect(suggestSlug('abc def ghi', 8)).toBe('abc-def');
  });

  it('always matches what the API accepts', () => {
    for (const name of ['Selvhjælp København', 'Kraków-Nowa Huta', 'Trondheim sentrum', 'Ørebro & Umeå', '12 steps']) {
      expect(suggestSlug(name)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});
