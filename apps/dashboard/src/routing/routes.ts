/**
 * The dashboard's pages, addressed by the URL's hash (`#/organisations/demo`), so that any static
 * host serves it and links in e-mails work without server rewrites.
 */
export type Route =
  | { readonly page: 'organisations' }
  | { readonly page: 'signIn'; readonly next?: string | undefined }
  | { readonly page: 'forgotPassword' }
  | { readonly page: 'resetPassword'; readonly token: string }
  | { readonly page: 'acceptInvitation'; readonly token: string }
  | { readonly page: 'account' }
  | { readonly page: 'organisation'; readonly slug: string }
  | { readonly page: 'unit'; readonly id: string }
  | { readonly page: 'group'; readonly id: string }
  | { readonly page: 'newGroup'; readonly slug: string }
  | { readonly page: 'venues'; readonly slug: string }
  | { readonly page: 'newVenue'; readonly slug: string }
  | { readonly page: 'venue'; readonly slug: string; readonly id: string }
  /** A person's own request to join a group, by the token of the link in its confirmation; null once the page took it out of the address. */
  | { readonly page: 'asked'; readonly token: string | null }
  /** A group's queue of requests to join, for the admins of its organisation or unit. */
  | { readonly page: 'joinRequests'; readonly id: string }
  /** An organisation's access log of personal data, and its data-subject requests. */
  | { readonly page: 'personalData'; readonly slug: string }
  /** The embeds of the municipalities the viewer edits (municipality editors, platform admins), a new one, and one to edit. */
  | { readonly page: 'embeds' }
  | { readonly page: 'newEmbed' }
  | { readonly page: 'embed'; readonly id: string }
  | { readonly page: 'notFound' };

export type PageName = Route['page'];

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** A path that stays on the dashboard ("/account"), for returning there after signing in. */
function internalPath(value: string | null): string | undefined {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : undefined;
}

/** The page a hash (`#/units/42?x=1`, `/units/42` or empty) addresses; `notFound` when none. */
export function parseRoute(hash: string): Route {
  const withoutMark = hash.startsWith('#') ? hash.slice(1) : hash;
  const queryStart = withoutMark.indexOf('?');
  const path = queryStart === -1 ? withoutMark : withoutMark.slice(0, queryStart);
  const query = new URLSearchParams(queryStart === -1 ? '' : withoutMark.slice(queryStart + 1));
  const segments = path.split('/').filter((segment) => segment !== '');
  const [first, second, ...rest] = segments;
  const token = query.get('token');

  if (segments.length === 0) return { page: 'organisations' };
  if (first === 'organisations' && second !== undefined && rest.length === 1 && rest[0] === 'new-group') {
    const slug = decoded(second);
    return slug ? { page: 'newGroup', slug } : { page: 'notFound' };
  }
  // An organisation's venues, a new one, and one to edit (found among the organisation's venues).
  if (first === 'organisations' && second !== undefined && rest[0] === 'venues' && rest.length <= 2) {
    const slug = decoded(second);
    const id = rest[1] === undefined ? undefined : decoded(rest[1]);
    if (!slug || id === null) return { page: 'notFound' };
    return id === undefined ? { page: 'venues', slug } : { page: 'venue', slug, id };
  }
  if (first === 'organisations' && second !== undefined && rest.length === 1 && rest[0] === 'new-venue') {
    const slug = decoded(second);
    return slug ? { page: 'newVenue', slug } : { page: 'notFound' };
  }
  if (first === 'organisations' && second !== undefined && rest.length === 1 && rest[0] === 'personal-data') {
    const slug = decoded(second);
    return slug ? { page: 'personalData', slug } : { page: 'notFound' };
  }
  if (first === 'groups' && second !== undefined && rest.length === 1 && rest[0] === 'requests') {
    const id = decoded(second);
    return id ? { page: 'joinRequests', id } : { page: 'notFound' };
  }
  if (rest.length > 0) return { page: 'notFound' };
  if (second === undefined) {
    switch (first) {
      case 'sign-in':
        return { page: 'signIn', next: internalPath(query.get('next')) };
      case 'forgot-password':
        return { page: 'forgotPassword' };
      case 'reset-password':
        return token ? { page: 'resetPassword', token } : { page: 'notFound' };
      case 'accept-invitation':
        return token ? { page: 'acceptInvitation', token } : { page: 'notFound' };
      case 'account':
        return { page: 'account' };
      case 'embeds':
        return { page: 'embeds' };
      case 'new-embed':
        return { page: 'newEmbed' };
      // Without its token once the page has read it (see AskedPage): the page says where to find the link.
      case 'asked':
        return { page: 'asked', token: token || null };
      default:
        return { page: 'notFound' };
    }
  }
  const value = decoded(second);
  if (!value) return { page: 'notFound' };
  if (first === 'organisations') return { page: 'organisation', slug: value };
  if (first === 'units') return { page: 'unit', id: value };
  if (first === 'groups') return { page: 'group', id: value };
  if (first === 'embeds') return { page: 'embed', id: value };
  return { page: 'notFound' };
}

/** The path of a route, without the hash mark: what `parseRoute` reads back to the same route. */
export function routePath(route: Route): string {
  switch (route.page) {
    case 'organisations':
    case 'notFound':
      return '/';
    case 'signIn':
      return route.next ? `/sign-in?${new URLSearchParams({ next: route.next })}` : '/sign-in';
    case 'forgotPassword':
      return '/forgot-password';
    case 'resetPassword':
      return `/reset-password?${new URLSearchParams({ token: route.token })}`;
    case 'acceptInvitation':
      return `/accept-invitation?${new URLSearchParams({ token: route.token })}`;
    case 'account':
      return '/account';
    case 'organisation':
      return `/organisations/${encodeURIComponent(route.slug)}`;
    case 'unit':
      return `/units/${encodeURIComponent(route.id)}`;
    case 'group':
      return `/groups/${encodeURIComponent(route.id)}`;
    case 'newGroup':
      return `/organisations/${encodeURIComponent(route.slug)}/new-group`;
    case 'venues':
      return `/organisations/${encodeURIComponent(route.slug)}/venues`;
    case 'newVenue':
      return `/organisations/${encodeURIComponent(route.slug)}/new-venue`;
    case 'venue':
      return `/organisations/${encodeURIComponent(route.slug)}/venues/${encodeURIComponent(route.id)}`;
    case 'asked':
      return route.token ? `/asked?${new URLSearchParams({ token: route.token })}` : '/asked';
    case 'joinRequests':
      return `/groups/${encodeURIComponent(route.id)}/requests`;
    case 'personalData':
      return `/organisations/${encodeURIComponent(route.slug)}/personal-data`;
    case 'embeds':
      return '/embeds';
    case 'newEmbed':
      return '/new-embed';
    case 'embed':
      return `/embeds/${encodeURIComponent(route.id)}`;
  }
}

/** The `href` of a link to a route. */
export function routeHref(route: Route): string {
  return `#${routePath(route)}`;
}

/**
 * The hash to show for an address that came without one: a link written as a path
 * (`/accept-invitation?token=…`) is read as if it were the hash form; null when there is nothing to move.
 */
export function hashForPathLink(pathname: string, search: string, hash: string): string | null {
  if (hash !== '' && hash !== '#') return null;
  if (pathname === '/' || pathname === '' || pathname.endsWith('/index.html')) return null;
  const route = parseRoute(`${pathname}${search}`);
  return route.page === 'notFound' ? null : routeHref(route);
}
