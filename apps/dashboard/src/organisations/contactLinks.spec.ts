import { emailLink, phoneLink, websiteLink } from './contactLinks';

describe('websiteLink', () => {
  it('shows a web site without protocol, www and trailing slash', () => {
    expect(websiteLink('https://www.gladsaxe.dk/')).toEqual({ href: 'https://www.gladsaxe.dk/', label: 'gladsaxe.dk' });
    expect(websiteLink('https://frivilligcenter.dk/selvhjaelp/')).toEqual({
      href: 'https://frivilligcenter.dk/selvhjaelp/',
      label: 'frivilligcenter.dk/selvhjaelp',
    });
  });

  it('adds https to an address written without a protocol', () => {
    expect(websiteLink('www.smartrecovery.dk')).toEqual({ href: 'https://www.smartrecovery.dk/', label: 'smartrecovery.dk' });
  });

  it('never links anything but http(s)', () => {
    expect(websiteLink('javascript:alert(1)')).toBeNull();
    expect(websiteLink('data:text/html,<b>hi</b>')).toBeNull();
    expect(websiteLink('ftp://example.org')).toBeNull();
  });

  it('shows nothing for no address', () => {
    expect(websiteLink(null)).toBeNull();
    expect(websiteLink('  ')).toBeNull();
  });
});

describe('phoneLink', () => {
  it('dials a Danish number as written on the site', () => {
    expect(phoneLink('4498 3579')).toEqual({ href: 'tel:44983579', label: '4498 3579' });
  });

  it('keeps the leading plus of an international number', () => {
    expect(phoneLink('+48 (22) 123-45-67')).toEqual({ href: 'tel:+48221234567', label: '+48 (22) 123-45-67' });
  });

  it('shows nothing for no number', () => {
    expect(phoneLink(undefined)).toBeNull();
    expect(phoneLink('–')).toBeNull();
  });
});

describe('emailLink', () => {
  it('writes to an address', () => {
    expect(emailLink('defrivilligeshus@gladsaxe.dk')).toEqual({
      href: 'mailto:defrivilligeshus@gladsaxe.dk',
      label: 'defrivilligeshus@gladsaxe.dk',
    });
  });

  it('does not link something that is not an address', () => {
    expect(emailLink('ring til os')).toBeNull();
    expect(emailLink('')).toBeNull();
  });
});
