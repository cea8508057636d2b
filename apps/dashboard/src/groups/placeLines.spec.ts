import { translator } from '@groupfinder/translations';
import { placeLines } from './placeLines';

const da = translator('da');
const forebyggelsescentret = { name: 'Forebyggelsescentret', town: 'Søborg' };

describe('placeLines', () => {
  it('names the venue and its town for a group that meets in person', () => {
    expect(placeLines({ format: 'IN_PERSON', venue: forebyggelsescentret }, da)).toEqual(['Forebyggelsescentret, Søborg']);
  });

  it('does not repeat a town the venue is named after', () => {
    expect(placeLines({ format: 'IN_PERSON', venue: { name: 'Biblioteket i Søborg', town: 'Søborg' } }, da)).toEqual([
      'Biblioteket i Søborg',
    ]);
  });

  it('says Online, in the dashboard’s language, for an online group', () => {
    expect(placeLines({ format: 'ONLINE', venue: null }, da)).toEqual(['Online']);
    expect(placeLines({ format: 'ONLINE', venue: null }, translator('pl'))).toEqual([translator('pl')('group.online')]);
  });

  it('gives both for a hybrid group', () => {
    expect(placeLines({ format: 'HYBRID', venue: forebyggelsescentret }, da)).toEqual(['Forebyggelsescentret, Søborg', 'Online']);
  });

  it('places a group without a venue yet by its municipality', () => {
    const municipality = { name: 'Gladsaxe' };
    expect(placeLines({ format: 'IN_PERSON', venue: null, municipality }, da)).toEqual(['Gladsaxe']);
    expect(placeLines({ format: 'IN_PERSON', venue: forebyggelsescentret, municipality }, da)).toEqual([
      'Forebyggelsescentret, Søborg',
    ]);
  });

  it('says nothing it does not know', () => {
    expect(placeLines({ format: 'IN_PERSON', venue: null }, da)).toEqual([]);
  });
});
