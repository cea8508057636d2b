import { shareLink, type ShareNavigator } from './share';

const LINK = { title: 'Sorggruppe for unge', url: 'https://www.gladsaxe.dk/selvhjaelp#gf=group:sorggruppe-for-unge' };

/** A browser's navigator as far as sharing goes, recording what it is asked to do. */
function browser({ share, copy }: { share?: 'works' | 'cancelled' | 'refused'; copy?: 'works' | 'refused' }) {
  const shared: ShareData[] = [];
  const copied: string[] = [];
  const fail = (name: string) => Promise.reject(Object.assign(new Error(name), { name }));
  const nav: ShareNavigator = {
    ...(share && {
      share: (data: ShareData) => {
        shared.push(data);
        return share === 'works' ? Promise.resolve() : fail(share === 'cancelled' ? 'AbortError' : 'NotAllowedError');
      },
    }),
    ...(copy && {
      clipboard: {
        writeText: (text: string) => {
          copied.push(text);
          return copy === 'works' ? Promise.resolve() : fail('NotAllowedError');
        },
      },
    }),
  };
  return { nav, shared, copied };
}

describe('sharing a link', () => {
  it('uses the device’s share sheet where there is one, and copies nothing', async () => {
    const { nav, shared, copied } = browser({ share: 'works', copy: 'works' });
    expect(await shareLink(LINK, nav)).toBe('shared');
    expect(shared).toEqual([LINK]);
    expect(copied).toEqual([]);
  });

  it('does nothing more when the visitor closes the share sheet', async () => {
    const { nav, copied } = browser({ share: 'cancelled', copy: 'works' });
    expect(await shareLink(LINK, nav)).toBe('cancelled');
    expect(copied).toEqual([]);
  });

  it('copies the link where there is no share sheet, or where it may not be used', async () => {
    for (const share of [undefined, 'refused'] as const) {
      const { nav, copied } = browser({ share, copy: 'works' });
      expect(await shareLink(LINK, nav)).toBe('copied');
      expect(copied).toEqual([LINK.url]);
    }
  });

  it('says it failed when it can neither share nor copy, so the link is shown to copy by hand', async () => {
    expect(await shareLink(LINK, browser({ copy: 'refused' }).nav)).toBe('failed');
    expect(await shareLink(LINK, browser({}).nav)).toBe('failed');
  });
});
