/** A link to show: where it goes and the text to show for it. */
export interface Link {
  readonly href: string;
  readonly label: string;
}

/**
 * A web site as a link, without the noise of protocol, `www.` and a trailing slash in its label.
 * Only http(s) addresses become links: anything else (`javascript:` or a typo) is not linked.
 */
export function websiteLink(website: string | null | undefined): Link | null {
  const text = website?.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z\d+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const path = `${url.pathname}${url.search}${url.hash}`.replace(/\/$/, '');
  return { href: url.href, label: `${url.host.replace(/^www\./, '')}${path}` };
}

/** A phone number as written, dialled without its spaces and punctuation. */
export function phoneLink(phone: string | null | undefined): Link | null {
  const label = phone?.trim();
  if (!label) return null;
  const digits = label.replace(/(?!^\+)[^\d]/g, '');
  return digits.replace('+', '') === '' ? null : { href: `tel:${digits}`, label };
}

/** An e-mail address as a mailto link; nothing for something that is not one. */
export function emailLink(email: string | null | undefined): Link | null {
  const label = email?.trim();
  if (!label || !/^[^\s@]+@[^\s@]+$/.test(label)) return null;
  return { href: `mailto:${label}`, label };
}
