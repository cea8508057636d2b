import { createHash } from 'node:crypto';
import { EMBED_KEY } from '@groupfinder/domain';
import { formatLongDate, isLocale, LOCALE_NAMES, LOCALES, translate, type Locale, type MessageKey } from '@groupfinder/translations';
import express, { type Request, type RequestHandler, type Router } from 'express';
import { AppError } from '../kernel/errors';
import { refuse } from '../server/refusal';
import type { EmbedDirectory } from './embed-access';

/** The one file of the built widget (and its source map); nothing else in the directory is served. */
export const WIDGET_SCRIPT = 'groupfinder-widget.js';

/**
 * `GET /widget/groupfinder-widget.js`: the built widget, for any site to load (CORS and
 * Cross-Origin-Resource-Policy open: it is public code). Revalidated every few minutes by its ETag,
 * so a new release reaches pages within them. 404 until it is built (`npm start` builds it).
 */
export function widgetScriptRoute(widgetDir: string): Router {
  const router = express.Router();
  router.get(['/widget/:file'], (request, response, next) => {
    const file = String(request.params['file']);
    if (file !== WIDGET_SCRIPT && file !== `${WIDGET_SCRIPT}.map`) return next();
    response.set({ 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin', 'Cache-Control': 'public, max-age=300' });
    response.sendFile(file, { root: widgetDir, dotfiles: 'deny', cacheControl: false }, (error) => {
      if (error && !response.headersSent) response.status(404).type('text/plain').send('Not found');
    });
  });
  return router;
}

function escapeHtml(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** The HTML a municipality pastes into a page: the script (deferred, so it never holds the page up) and the element. */
export function embedSnippet(publicUrl: string, key: string): string {
  return `<script src="${escapeHtml(publicUrl)}/widget/${WIDGET_SCRIPT}" defer></script>\n<groupfinder-finder key="${escapeHtml(key)}"></groupfinder-finder>`;
}

/**
 * `GET /embed/<key>`: a page with nothing but the embed's finder, for a CMS that strips scripts (an
 * iframe of it). Only the embed's sites (and the dashboard, for its preview) may frame it
 * (`frame-ancestors`); the page itself runs only our script and talks only to us.
 */
export function framePageRoute(directory: EmbedDirectory, options: { dashboardUrl: string; localeOf(request: Request): Locale }): RequestHandler {
  const dashboardOrigin = new URL(options.dashboardUrl).origin;
  return async (request, response, next) => {
    const key = String(request.params['key'] ?? '');
    try {
      const embed = EMBED_KEY.test(key) ? await directory.byKey(key) : null;
      const locale = embed?.defaultLanguage ?? options.localeOf(request);
      const title = translate(locale, 'widget.title');
      response.set('Cache-Control', 'no-cache');
      response.removeHeader('X-Frame-Options');
      if (!embed) {
        // Said inside the frame of whatever page shows it (an embed deleted, a key mistyped): a line of text, nothing to act on.
        response.set('Content-Security-Policy', `default-src 'none'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors *`);
        response.status(404).type('html').send(page(locale, title, `<p>${escapeHtml(translate(locale, 'error.EMBED_NOT_FOUND'))}</p>`));
        return;
      }
      const ancestors = [...new Set([...embed.allowedOrigins, dashboardOrigin])].join(' ');
      response.set(
        'Content-Security-Policy',
        `default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors ${ancestors}`,
      );
      const body = `<main><groupfinder-finder key="${escapeHtml(key)}"></groupfinder-finder></main>\n<script src="/widget/${WIDGET_SCRIPT}" defer></script>`;
      response.status(200).type('html').send(page(locale, title, body));
    } catch (error) {
      if (!(error instanceof AppError)) return next(error);
      const locale = options.localeOf(request);
      const code = refuse(response, error, 503);
      response.type('html').send(page(locale, translate(locale, 'widget.title'), `<p>${escapeHtml(translate(locale, `error.${code}`))}</p>`));
    }
  };
}

/** When the accessibility statement was last reviewed (a new text gets a new date). */
export const STATEMENT_DATE = '2026-11-26';

/** The statement's one style: a long word (a Danish compound in the heading) wraps rather than widening a 320 pixel screen. */
const STATEMENT_STYLE = 'body{overflow-wrap:break-word;hyphens:auto}';
const STATEMENT_STYLE_SOURCE = `'sha256-${createHash('sha256').update(STATEMENT_STYLE).digest('base64')}'`;

/**
 * `GET /accessibility/<lang>`: the finder's accessibility statement (EU Web Accessibility
 * Directive model: compliance, how it is checked, what may not be accessible, feedback,
 * enforcement), in each of the five languages; the widget links to it. `/accessibility` picks the
 * reader's language.
 */
export function accessibilityStatementRoute(options: { email: string; localeOf(request: Request): Locale }): Router {
  const router = express.Router();
  router.get('/accessibility', (request, response) => response.redirect(302, `/accessibility/${options.localeOf(request)}`));
  router.get('/accessibility/:lang', (request, response, next) => {
    const locale = String(request.params['lang']);
    if (!isLocale(locale)) return next();
    const t = (key: string, values?: Record<string, string>) => escapeHtml(translate(locale, `statement.${key}` as MessageKey, values));
    // The address to write to is a link a phone can follow: put in after the text is escaped.
    const mailLink = `<a href="mailto:${escapeHtml(options.email)}">${escapeHtml(options.email)}</a>`;
    const paragraph = (name: string) => (name === 'feedback' ? t(name, { email: EMAIL_MARK }).replace(EMAIL_MARK, mailLink) : t(name));
    const section = (name: string) => `<h2>${t(`${name}Heading`)}</h2>\n<p>${paragraph(name)}</p>`;
    const others = LOCALES.filter((other) => other !== locale)
      .map((other) => `<li><a href="/accessibility/${other}" lang="${other}" hreflang="${other}">${escapeHtml(LOCALE_NAMES[other])}</a></li>`)
      .join('');
    const body = `<main>
<h1>${t('title')}</h1>
<p>${t('intro')}</p>
${['status', 'tested', 'limits', 'feedback', 'enforcement'].map(section).join('\n')}
<p>${t('prepared', { date: formatLongDate(STATEMENT_DATE, locale) })}</p>
<nav aria-label="${t('languages')}"><p>${t('languages')}</p><ul>${others}</ul></nav>
</main>`;
    response.set({
      'Cache-Control': 'public, max-age=3600',
      // img-src for the page's empty icon (data:), which spares browsers asking for /favicon.ico.
      'Content-Security-Policy': `default-src 'none'; style-src ${STATEMENT_STYLE_SOURCE}; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    });
    response.status(200).type('html').send(page(locale, translate(locale, 'statement.title'), body, STATEMENT_STYLE));
  });
  return router;
}

/** Where the feedback text names the address, before it becomes a link (escapeHtml leaves it as it is). */
const EMAIL_MARK = 'GROUPFINDER_EMAIL_LINK';

/** A page of ours; `style`, when given, inline (its policy must allow it, by its hash). */
function page(locale: Locale, title: string, body: string, style?: string): string {
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>${style ? `\n<style>${style}</style>` : ''}
</head>
<body>
${body}
</body>
</html>
`;
}
