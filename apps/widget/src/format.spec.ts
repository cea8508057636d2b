import { addressLines, mailtoHref, telHref, toLangAttribute, toLanguageEnum, webHref, webLabel } from './format';

describe('telHref', () => {
  it('dials a Danish number as organisations write it from anywhere', () => {
    expect(telHref('4498 3579', 'DK')).toBe('tel:+4544983579');
  });

  it('drops the Swedish trunk zero', () => {
    expect(telHref('08-123 45 67', 'SE')).toBe('tel:+4681234567');
  });

  it('keeps numbers that are already international', () => {
    expect(telHref('+48 22 123 45 67', 'PL')).toBe('tel:+48221234567');
    expect(telHref('0047 22 33 44 55', 'NO')).toBe('tel:+4722334455');
  });

  it('leaves the number national when the country is unknown, and gives up without digits', () => {
    expect(telHref('4498 3579')).toBe('tel:44983579');
    expect(telHref('ring os')).toBeUndefined();
  });
});

describe('mailtoHref', () => {
  it('links an address and nothing else', () => {
    expect(mailtoHref(' defrivilligeshus@gladsaxe.dk ')).toBe('mailto:defrivilligeshus@gladsaxe.dk');
    expect(mailtoHref('skriv til os')).toBeUndefined();
  });
});

describe('addressLines', () => {
  it('writes the venue and street, then postal code and town', () => {
    expect(
      addressLines({ name: 'Forebyggelsescentret', street: 'Søborg Hovedgade 200', postalCode: '2860', town: 'Søborg' }),
    ).toEqual(['Forebyggelsescentret, Søborg Hovedgade 200', '2860 Søborg']);
  });

  it('does not repeat a venue named after its street', () => {
    expect(addressLines({ name: 'Rustenborgvej 2A', street: 'Rustenborgvej 2A', postalCode: '2800', town: 'Kgs. Lyngby' })).toEqual([
      'Rustenborgvej 2A',
      '2800 Kgs. Lyngby',
    ]);
  });
});

describe('languages', () => {
  it('maps locales to the GraphQL enum and back', () => {
    expect(toLanguageEnum('nb')).toBe('NB');
    expect(toLangAttribute('PL')).toBe('pl');
  });
});

describe('web links', () => {
  it('links http(s) pages and shows them without the protocol', () => {
    const href = webHref('https://www.smartrecovery.dk/');
    expect(href).toBe('https://www.smartrecovery.dk/');
    expect(webLabel(href ?? '')).toBe('www.smartrecovery.dk');
    expect(webLabel('https://example.org/grupper/søborg/')).toBe('example.org/grupper/søborg');
  });

  it('never links a script or a non-address', () => {
    expect(webHref('javascript:alert(1)')).toBeUndefined();
    expect(webHref('www.example.org')).toBeUndefined();
  });
});
