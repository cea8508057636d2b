import { createLocaleStore, LOCALE_STORAGE_KEY, type LocaleStorage } from './localeStore';

/** A browser storage as plain data. */
function memoryStorage(initial: Record<string, string> = {}): LocaleStorage & { readonly values: Map<string, string> } {
  const values = new Map(Object.entries(initial));
  return { values, getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

const danishBrowser = { languages: ['da-DK', 'en'], language: 'da-DK' };

describe('createLocaleStore', () => {
  it('follows the browser’s language on a first visit', () => {
    expect(createLocaleStore({ storage: memoryStorage(), preferences: danishBrowser }).get()).toBe('da');
  });

  it('keeps a language chosen on an earlier visit, over the browser’s', () => {
    const storage = memoryStorage({ [LOCALE_STORAGE_KEY]: 'pl' });
    expect(createLocaleStore({ storage, preferences: danishBrowser }).get()).toBe('pl');
  });

  it('ignores a remembered value that is no longer a language we write', () => {
    const storage = memoryStorage({ [LOCALE_STORAGE_KEY]: 'de' });
    expect(createLocaleStore({ storage, preferences: danishBrowser }).get()).toBe('da');
  });

  it('switches, remembers the choice and tells who listens', () => {
    const storage = memoryStorage();
    const store = createLocaleStore({ storage, preferences: danishBrowser });
    const heard: string[] = [];
    const stop = store.subscribe(() => heard.push(store.get()));

    store.set('sv');
    store.set('sv');
    expect(store.get()).toBe('sv');
    expect(storage.values.get(LOCALE_STORAGE_KEY)).toBe('sv');
    expect(heard).toEqual(['sv']);

    stop();
    store.set('nb');
    expect(heard).toEqual(['sv']);
    expect(createLocaleStore({ storage, preferences: danishBrowser }).get()).toBe('nb');
  });

  it('still switches when the browser blocks storage', () => {
    const blocked: LocaleStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    const store = createLocaleStore({ storage: blocked, preferences: { languages: ['sv-SE'], language: 'sv-SE' } });
    expect(store.get()).toBe('sv');
    store.set('en');
    expect(store.get()).toBe('en');
  });
});
