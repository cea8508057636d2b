import { hashForPathLink, parseRoute, routeHref, type Route } from './routes';

describe('parseRoute', () => {
  it('opens the organisations on an empty address', () => {
    expect(parseRoute('')).toEqual({ page: 'organisations' });
    expect(parseRoute('#')).toEqual({ page: 'organisations' });
    expect(parseRoute('#/')).toEqual({ page: 'organisations' });
  });

  it('reads the pages without parameters', () => {
    expect(parseRoute('#/sign-in')).toEqual({ page: 'signIn', next: undefined });
    expect(parseRoute('#/forgot-password')).toEqual({ page: 'forgotPassword' });
    expect(parseRoute('#/account')).toEqual({ page: 'account' });
    expect(parseRoute('#/account/')).toEqual({ page: 'account' });
  });

  it('reads the token of a link from an e-mail', () => {
    expect(parseRoute('#/reset-password?token=abc-_123')).toEqual({ page: 'resetPassword', token: 'abc-_123' });
    expect(parseRoute('#/accept-invitation?token=x%2By')).toEqual({ page: 'acceptInvitation', token: 'x+y' });
  });

  it('has no page for a link whose token is missing', () => {
    expect(parseRoute('#/reset-password')).toEqual({ page: 'notFound' });
    expect(parseRoute('#/accept-invitation?token=')).toEqual({ page: 'notFound' });
  });

  it('reads an organisation by its slug and a unit by its id', () => {
    expect(parseRoute('#/organisations/de-frivilliges-hus')).toEqual({ page: 'organisation', slug: 'de-frivilliges-hus' });
    expect(parseRoute('#/units/7f1c2d1e-0000-4000-8000-000000000001')).toEqual({
      page: 'unit',
      id: '7f1c2d1e-0000-4000-8000-000000000001',
    });
  });

  it('reads a group to edit by its id, and a new group of an organisation', () => {
    expect(parseRoute('#/groups/7f1c2d1e-0000-4000-8000-000000000002')).toEqual({ page: 'group', id: '7f1c2d1e-0000-4000-8000-000000000002' });
    expect(parseRoute('#/organisations/selvhjaelp-danmark/new-group')).toEqual({ page: 'newGroup', slug: 'selvhjaelp-danmark' });
    expect(parseRoute('#/organisations/selvhjaelp-danmark/new-group/')).toEqual({ page: 'newGroup', slug: 'selvhjaelp-danmark' });
  });

  it('has no page for other addresses under an organisation or a group', () => {
    expect(parseRoute('#/organisations/selvhjaelp-danmark/groups')).toEqual({ page: 'notFound' });
    expect(parseRoute('#/organisations/selvhjaelp-danmark/new-group/x')).toEqual({ page: 'notFound' });
    expect(parseRoute('#/groups/a/b')).toEqual({ page: 'notFound' });
    expect(parseRoute('#/groups')).toEqual({ page: 'notFound' });
  });

  it('reads an organisation’s venues, a new venue, and a venue to edit', () => {
    expect(parseRoute('#/organisations/selvhjaelp-danmark/venues')).toEqual({ page: 'venues', slug: 'selvhjaelp-danmark' });
    expect(parseRoute('#/organisations/selvhjaelp-danmark/new-venue')).toEqual({ page: 'newVenue', slug: 'selvhjaelp-danmark' });
    expect(parseRoute('#/organisations/selvhjaelp-danmark/venues/7f1c2d1e-0000-4000-8000-000000000003/')).toEqual({
      page: 'venue',
      slug: 'selvhjaelp-danmark',
      id: '7f1c2d1e-0000-4000-8000-000000000003',
    });
  });

  it('has no page for other addresses under an organisation’s venues', () => {
    expect(parseRoute('#/organisations/selvhjaelp-danmark/venues/a/b')).toEqual({ page: 'notFound' });
    expect(parseRoute('#/organisations/selvhjaelp-danmark/venues/%E0%A4%A')).toEqual({ page: 'notFound' });
    expect(parseRoute('#/organisations/selvhjaelp-danmark/new-venue/x')).toEqual({ page: 'notFound' });
    expect(parseRoute('#/venues')).toEqual({ page: 'notFound' });
  });

  it('reads the link in the confirmation of a request to join, and the page once its token is taken out of the address', () => {
    expect(parseRoute('#/asked?token=AbC-_12')).toEqual({ page: 'asked', token: 'AbC-_12' });
    expect(parseRoute('#/asked?token=x%2By')).toEqual({ page: 'asked', token: 'x+y' });
    expect(parseRoute('#/asked')).toEqual({ page: 'asked', token: null });
    expect(parseRoute('#/asked?token=')).toEqual({ page: 'asked', token: null });
    expect(parseRoute('#/asked/x')).toEqual({ page: 'notFound' });
  });

  it('reads a group’s requests to join and an organisation’s access log of personal data', () => {
    expect(parseRoute('#/groups/7f1c2d1e-0000-4000-8000-000000000002/requests')).toEqual({ page: 'joinRequests', id: '7f1c2d1e-0000-4000-8000-000000000002' });
    expect(parseRoute('#/groups/42/requests/')).toEqual({ page: 'joinRequests', id: '42' });
    expect(parseRoute('#/organisations/selvhjaelp-danmark/personal-data')).toEqual({ page: 'personalData', slug: 'selvhjaelp-danmark' });
    expect(parseRoute('#/groups/42/requests/7')).toEqual({ page: 'notFound' });
    expect(parseRoute('#/groups/%E0%A4%A/requests')).toEqual({ page: 'notFound' });
    expect(parseRoute('#/organisations/selvhjaelp-danmark/personal-data/x')).toEqual({ page: 'notFound' });
  });

  it('reads the embeds, a new embed and an embed to edit', () => {
    expect(parseRoute('#/embeds')).toEqual({ page: 'embeds' });
    expect(parseRoute('#/new-embed')).toEqual({ page: 'newEmbed' });
    expect(parseRoute('#/embeds/7f1c2d1e-0000-4000-8000-000000000004')).toEqual({ page: 'embed', id: '7f1c2d1e-0000-4000-8000-000000000004' });
    expect(parseRoute('#/embeds/a/b')).toEqual({ page: 'notFound' });
    expect(parseRoute('#/new-embed/x')).toEqual({ page: 'notFound' });
  });

  it('returns after signing in only to a page of the dashboard', () => {
    expect(parseRoute('#/sign-in?next=%2Fapp%2Faccount')).toEqual({ page: 'signIn', next: '/app/account' });
    expect(parseRoute('#/sign-in?next=%2Faccount')).toEqual({ page: 'signIn', next: '/account' });
    expect(parseRoute('#/sign-in?next=https%3A%2F%2Fevil.example')).toEqual({ page: 'signIn', next: undefined });
    expect(parseRoute('#/sign-in?next=%2F%2Fevil.example')).toEqual({ page: 'signIn', next: undefined });
  });

  it('has no page for unknown or malformed addresses', () => {
    expect(parseRoute('#/nowhere')).toEqual({ page: 'notFound' });
    expect(parseRoute('#/organisations/a/b')).toEqual({ page: 'notFound' });
    expect(parseRoute('#/units/%E0%A4%A')).toEqual({ page: 'notFound' });
    expect(parseRoute('#/elsewhere/x')).toEqual({ page: 'notFound' });
  });
});

describe('routeHref', () => {
  const routes: Route[] = [
    { page: 'organisations' },
    { page: 'signIn' },
    { page: 'signIn', next: '/organisations/a b' },
    { page: 'forgotPassword' },
    { page: 'resetPassword', token: 'a+b/c=' },
    { page: 'acceptInvitation', token: 'tok' },
    { page: 'account' },
    { page: 'organisation', slug: 'selvhjaelp-danmark' },
    { page: 'unit', id: 'a/b?c' },
    { page: 'group', id: 'a/b?c' },
    { page: 'newGroup', slug: 'a b/c' },
    { page: 'venues', slug: 'a b/c' },
    { page: 'newVenue', slug: 'a b/c' },
    { page: 'venue', slug: 'a b/c', id: 'd/e?f' },
    { page: 'asked', token: 'a+b/c=' },
    { page: 'asked', token: null },
    { page: 'joinRequests', id: 'a/b?c' },
    { page: 'personalData', slug: 'a b/c' },
    { page: 'embeds' },
    { page: 'newEmbed' },
    { page: 'embed', id: 'a/b?c' },
  ];

  it('writes addresses that read back as the same page', () => {
    for (const route of routes) {
      expect(parseRoute(routeHref(route))).toEqual(route.page === 'signIn' ? { next: undefined, ...route } : route);
    }
  });

  it('writes the forms an administrator sees in the address bar', () => {
    expect(routeHref({ page: 'organisation', slug: 'demo' })).toBe('#/organisations/demo');
    expect(routeHref({ page: 'resetPassword', token: 'abc' })).toBe('#/reset-password?token=abc');
    expect(routeHref({ page: 'signIn', next: '/account' })).toBe('#/sign-in?next=%2Faccount');
    expect(routeHref({ page: 'group', id: '42' })).toBe('#/groups/42');
    expect(routeHref({ page: 'newGroup', slug: 'demo' })).toBe('#/organisations/demo/new-group');
    expect(routeHref({ page: 'venues', slug: 'demo' })).toBe('#/organisations/demo/venues');
    expect(routeHref({ page: 'newVenue', slug: 'demo' })).toBe('#/organisations/demo/new-venue');
    expect(routeHref({ page: 'venue', slug: 'demo', id: '42' })).toBe('#/organisations/demo/venues/42');
    expect(routeHref({ page: 'asked', token: 'abc' })).toBe('#/asked?token=abc');
    expect(routeHref({ page: 'asked', token: null })).toBe('#/asked');
    expect(routeHref({ page: 'joinRequests', id: '42' })).toBe('#/groups/42/requests');
    expect(routeHref({ page: 'personalData', slug: 'demo' })).toBe('#/organisations/demo/personal-data');
    expect(routeHref({ page: 'embeds' })).toBe('#/embeds');
    expect(routeHref({ page: 'newEmbed' })).toBe('#/new-embed');
    expect(routeHref({ page: 'embed', id: '42' })).toBe('#/embeds/42');
  });
});

describe('hashForPathLink', () => {
  it('moves a link written as a path into the hash', () => {
    expect(hashForPathLink('/accept-invitation', '?token=abc', '')).toBe('#/accept-invitation?token=abc');
    expect(hashForPathLink('/reset-password', '?token=abc', '#')).toBe('#/reset-password?token=abc');
    expect(hashForPathLink('/asked', '?token=abc', '')).toBe('#/asked?token=abc');
  });

  it('leaves the start page and addresses with a hash alone', () => {
    expect(hashForPathLink('/', '', '')).toBeNull();
    expect(hashForPathLink('/index.html', '', '')).toBeNull();
    expect(hashForPathLink('/accept-invitation', '?token=abc', '#/account')).toBeNull();
    expect(hashForPathLink('/not-a-page', '', '')).toBeNull();
  });
});
