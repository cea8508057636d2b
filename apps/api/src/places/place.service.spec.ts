import type { DataSource } from 'typeorm';
import { Places1764000000000 } from '../database/migrations/1764000000000-places';
import { startTestDatabase, type TestDatabase } from '../testing/test-api';
import { PlaceEntity } from './place.entity';
import { PlaceService, parsePlaceText, syncGazetteer } from './place.service';

describe('the gazetteer on a real database', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let places: PlaceService;
  const count = () => dataSource.getRepository(PlaceEntity).count();
  const number = async (sql: string): Promise<number> => ((await dataSource.query(sql)) as { value: number }[])[0]?.value ?? NaN;

  beforeAll(async () => {
    db = await startTestDatabase();
    dataSource = db.dataSource;
    expect(await syncGazetteer(dataSource)).toBe(true);
    places = new PlaceService();
  });

  afterAll(async () => {
    await db.stop();
  });

  describe('loading', () => {
    it('loads every town, each of its names, the postcodes and the postcode areas in one go', async () => {
      expect(await count()).toBeGreaterThan(15_000);
      expect(await number(`SELECT count(*)::int AS value FROM places WHERE kind = 'POSTCODE_AREA'`)).toBeGreaterThan(100);
      expect(await number(`SELECT count(DISTINCT (country, name, latitude, longitude))::int AS value FROM places WHERE kind = 'TOWN'`)).toBeGreaterThan(6_000);
    });

    it('leaves the table alone when it already holds this version, and reloads it whole when not', async () => {
      const before = await count();
      const lastId = await number(`SELECT max(id) AS value FROM places`);
      expect(await syncGazetteer(dataSource)).toBe(false);
      expect(await number(`SELECT max(id) AS value FROM places`)).toBe(lastId);

      await dataSource.query(`UPDATE places_version SET version = 'an older one'`);
      expect(await syncGazetteer(dataSource)).toBe(true);
      expect(await count()).toBe(before);
      expect(await number(`SELECT min(id) AS value FROM places`)).toBeGreaterThan(lastId);
    });
  });

  describe('resolving what a visitor types', () => {
    const KONGENS_LYNGBY = { name: 'Kongens Lyngby', country: 'DK', latitude: 55.7704, longitude: 12.5038 };

    it.each([
      ['Lyngby', undefined, KONGENS_LYNGBY],
      ['Kgs. Lyngby', undefined, KONGENS_LYNGBY],
      ['kongens lyngby', 'DK', KONGENS_LYNGBY],
      ['Lyngby-Taarbæk', undefined, KONGENS_LYNGBY],
      ['2800', 'DK', { ...KONGENS_LYNGBY, name: '2800 Kgs. Lyngby' }],
      ['2800 Kgs. Lyngby', undefined, { ...KONGENS_LYNGBY, name: '2800 Kgs. Lyngby' }],
      ['Søborg', undefined, { name: 'Søborg', country: 'DK', latitude: 55.7336, longitude: 12.5106 }],
      ['2860', 'DK', { name: '2860 Søborg', country: 'DK', latitude: 55.7336, longitude: 12.5106 }],
      ['Søborg Hovedgade 200', 'DK', { name: 'Søborg', country: 'DK', latitude: 55.7336, longitude: 12.5106 }],
      ['bagsvaerd', undefined, { name: 'Bagsværd', country: 'DK', latitude: 55.7611, longitude: 12.4541 }],
      ['2880 Bagsværd', 'DK', { name: '2880 Bagsværd', country: 'DK', latitude: 55.7611, longitude: 12.4541 }],
      ['København Ø', undefined, { name: 'København', country: 'DK' }],
      ['Copenhagen', undefined, { name: 'København', country: 'DK' }],
      ['Warszawa', undefined, { name: 'Warszawa', country: 'PL', latitude: 52.2298, longitude: 21.0118 }],
      ['Warsaw', undefined, { name: 'Warszawa', country: 'PL' }],
      ['krakow', undefined, { name: 'Kraków', country: 'PL', latitude: 50.0614, longitude: 19.9366 }],
      ['Krak', 'PL', { name: 'Kraków', country: 'PL' }],
      ['Cracow', undefined, { name: 'Kraków', country: 'PL' }],
      ['ŁÓDŹ', undefined, { name: 'Łódź', country: 'PL' }],
      ['Biała', 'PL', { name: 'Biała', country: 'PL' }],
      ['Oslo 0182', undefined, { name: '0182 Oslo', country: 'NO', latitude: 59.9127, longitude: 10.7461 }],
      ['0182', undefined, { name: '0182 Oslo', country: 'NO' }],
      ['4604', 'NO', { name: '4604 Kristiansand S', country: 'NO', latitude: 58.1467, longitude: 7.9956 }],
      ['3800 Bø', undefined, { name: '3800 Bø i Telemark', country: 'NO' }],
      ['Sodermalm', undefined, { name: 'Södermalm', country: 'SE' }],
      ['118 20 Stockholm', undefined, { name: '118 20 Stockholm', country: 'SE', latitude: 59.3294, longitude: 18.0687 }],
      // Postcode areas: the first digits name the postal town where no register is at hand.
      ['111 22', undefined, { name: '111 22 Stockholm', country: 'SE', latitude: 59.3294, longitude: 18.0687 }],
      ['00-001', undefined, { name: '00-001 Warszawa', country: 'PL', latitude: 52.2298, longitude: 21.0118 }],
      ['31-008 Kraków', undefined, { name: '31-008 Kraków', country: 'PL', latitude: 50.0614, longitude: 19.9366 }],
      ['8000', 'DK', { name: '8000 Aarhus C', country: 'DK' }],
      ['1050', 'DK', { name: '1050 København K', country: 'DK' }],
      ['Göteborg', undefined, { name: 'Göteborg', country: 'SE' }],
      ['Gothenburg', undefined, { name: 'Göteborg', country: 'SE' }],
      ['Ås', 'NO', { name: 'Ås', country: 'NO', latitude: 59.6647, longitude: 10.7947 }],
      ['Ås', 'SE', { name: 'Ås', country: 'SE' }],
    ] as const)('%s (in %s) is %o', async (text, country, expected) => {
      expect(await places.resolvePlace(dataSource.manager, text, country)).toMatchObject(expected);
    });

    it.each([
      ['', undefined],
      ['   ', undefined],
      ['Atlantis', undefined],
      ['Kraków', 'DK'],
      ['9998', 'DK'],
      ['999 99', 'SE'],
      ['00-001', 'SE'],
      ['O', undefined],
    ] as const)('finds nothing for %o (in %s)', async (text, country) => {
      expect(await places.resolvePlace(dataSource.manager, text, country)).toBeNull();
    });
  });

  it('undoes its migration with down()', async () => {
    const migration = new Places1764000000000();
    const runner = dataSource.createQueryRunner();
    await migration.down(runner);
    const tables: { table_name: string }[] = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_name IN ('places', 'places_version')`,
    );
    expect(tables).toEqual([]);
    await migration.up(runner);
    await runner.release();
  });
});

describe('parsePlaceText', () => {
  it.each([
    ['Oslo 0182', { postcode: '0182', typedPostcode: '0182', words: 'oslo' }],
    ['00-001 Warszawa', { postcode: '00001', typedPostcode: '00-001', words: 'warszawa' }],
    ['118 20 Stockholm', { postcode: '11820', typedPostcode: '118 20', words: 'stockholm' }],
    ['2800 Kgs. Lyngby', { postcode: '2800', typedPostcode: '2800', words: 'kgs lyngby' }],
    ['Søborg Hovedgade 200', { postcode: null, typedPostcode: null, words: 'soborg hovedgade 200' }],
    ['Kraków', { postcode: null, typedPostcode: null, words: 'krakow' }],
  ])('%s', (text, expected) => {
    expect(parsePlaceText(text)).toEqual(expected);
  });
});
