import { fieldDifferences, withChoices } from './fieldChoices';

interface Venue {
  name: string;
  town: string;
  accessibility: string[];
  transportNotes: Record<string, string>;
}

const base: Venue = { name: 'Frivilligcenter Lyngby', town: 'Kongens Lyngby', accessibility: ['STEP_FREE'], transportNotes: { da: 'Bus 150S' } };
const FIELDS = ['name', 'town', 'accessibility', 'transportNotes'] as const;

describe('fieldDifferences', () => {
  it('lists every field that differs between what I typed and theirs, suggesting whoever changed it', () => {
    const mine = { ...base, name: 'Frivilligcenter Lyngby-Taarbæk' };
    const theirs = { ...base, town: 'Lyngby' };
    expect(fieldDifferences(base, mine, theirs, FIELDS)).toEqual([
      { field: 'name', suggested: 'mine', bothChanged: false },
      { field: 'town', suggested: 'theirs', bothChanged: false },
    ]);
  });

  it('marks a field both changed to different values, keeping mine by default', () => {
    const mine = { ...base, transportNotes: { da: 'Bus 150S til Lyngby St.' } };
    const theirs = { ...base, transportNotes: { da: 'Bus 150S', sv: 'Buss 150S' } };
    expect(fieldDifferences(base, mine, theirs, FIELDS)).toEqual([{ field: 'transportNotes', suggested: 'mine', bothChanged: true }]);
  });

  it('lists nothing when both made the same change, or nobody changed anything', () => {
    const same = { ...base, accessibility: ['STEP_FREE', 'HEARING_LOOP'] };
    expect(fieldDifferences(base, same, { ...same }, FIELDS)).toEqual([]);
    expect(fieldDifferences(base, base, base, FIELDS)).toEqual([]);
  });
});

describe('withChoices', () => {
  const mine = { ...base, name: 'Mit navn', town: 'Lyngby' };
  const theirs = { ...base, name: 'Deres navn', accessibility: [] };
  const differences = fieldDifferences(base, mine, theirs, FIELDS);

  it('keeps the suggested side of each field until the editor chooses', () => {
    expect(differences.map(({ field }) => field)).toEqual(['name', 'town', 'accessibility']);
    expect(withChoices(mine, theirs, differences, {})).toEqual({ ...base, name: 'Mit navn', town: 'Lyngby', accessibility: [] });
  });

  it('takes theirs or keeps mine, field by field, as chosen', () => {
    expect(withChoices(mine, theirs, differences, { name: 'theirs', town: 'theirs', accessibility: 'mine' })).toEqual({
      ...base,
      name: 'Deres navn',
      town: 'Kongens Lyngby',
    });
  });
});
