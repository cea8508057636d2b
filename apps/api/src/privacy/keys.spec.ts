import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateKeySettings, loadKeyRing } from './keys';
import { SealedValueError, type SealedPlace } from './sealed';

const PLACE: SealedPlace = { table: 'join_requests', column: 'contact', rowId: '1' };

describe('the development key file', () => {
  let directory: string;

  beforeEach(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'groupfinder-keys-'));
  });

  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('is created on first start, readable by its owner alone, and reused after: what one start sealed, the next opens', () => {
    const file = path.join(directory, '.data', 'keys.json');
    const first = loadKeyRing({ from: 'file', file });
    const written = readFileSync(file, 'utf8');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(written)).toEqual({ DATA_KEYS: expect.stringMatching(/^dev-[0-9a-f]{6}:[A-Za-z0-9+/]{43}=$/), BLIND_INDEX_KEY: expect.stringMatching(/^[A-Za-z0-9+/]{43}=$/) });
    const sealed = first.seal('ane@example.dk', PLACE);

    const second = loadKeyRing({ from: 'file', file });
    expect(readFileSync(file, 'utf8')).toBe(written);
    expect(second.activeKeyId).toBe(first.activeKeyId);
    expect(second.open(sealed, PLACE)).toBe('ane@example.dk');
    expect(second.blindIndex('contact', 'ane@example.dk')).toBe(first.blindIndex('contact', 'ane@example.dk'));
  });

  it('holds settings written as in the environment, refused as they are, and a damaged one is named without quoting it', () => {
    const file = path.join(directory, 'keys.json');
    const settings = generateKeySettings('k1');
    writeFileSync(file, JSON.stringify({ ...settings, BLIND_INDEX_KEY: Buffer.alloc(16).toString('base64') }), { mode: 0o600 });
    expect(() => loadKeyRing({ from: 'file', file })).toThrow(`Invalid BLIND_INDEX_KEY in ${file}: the key is 16 bytes, not 32`);
    writeFileSync(file, `{"DATA_KEYS": "${settings.DATA_KEYS}", `, { mode: 0o600 });
    expect(() => loadKeyRing({ from: 'file', file })).toThrow(`The development key file ${file} is not JSON`);
    expect(() => loadKeyRing({ from: 'file', file })).not.toThrow(settings.DATA_KEYS.slice(3, 20));
  });
});

describe('keys of the process alone', () => {
  it('are new each time: nothing sealed under them outlives the process', () => {
    const [one, other] = [loadKeyRing({ from: 'process' }), loadKeyRing({ from: 'process' })];
    expect(() => other.open(one.seal('ane@example.dk', PLACE), PLACE)).toThrow(SealedValueError);
  });
});
