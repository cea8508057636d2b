import AxeBuilder from '@axe-core/playwright';
import { translate, translator, type Locale } from '@groupfinder/translations';
import { chromium, type Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { JoinConfirmation } from './JoinConfirmation';
import { checkDraft, EMPTY_DRAFT } from './join-form';
import { JoinFormView } from './JoinForm';
import type { WidgetTranslate } from './messages';

/**
 * WCAG 2.1 A and AA, as axe-core checks them in Debian's Chromium (as e2e/ does), on the form with
 * every problem shown, a problem that is not at a field, and the confirmation: the markup the
 * components write, with the widget's own styles (colour contrast included).
 */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const STYLES = readFileSync(path.join(__dirname, 'styles.css'), 'utf8');
const FORM = { controller: 'De Frivilliges Hus', retentionDays: 180, confirmsByText: true };

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM });
}, 30_000);
afterAll(() => browser?.close());

/** A form as it opens from its button in a group's details: with the problems of an empty form shown, or sent. */
function group(locale: Locale, kind: 'WAITING_LIST' | 'MESSAGE', done: boolean) {
  const t = translator(locale) as WidgetTranslate;
  const id = `gf-${locale}-${kind}-${done ? 'done' : 'form'}`;
  const errors = checkDraft(t, EMPTY_DRAFT, kind);
  return (
    <section className="gf" lang={locale} aria-labelledby={`${id}-title`} key={id}>
      <h3 id={`${id}-title`}>{t('widget.details.joining')}</h3>
      <div className="gf-join">
        <button className="gf-button" type="button" id={`${id}-open`} aria-expanded="true" aria-controls={id}>
          {t(kind === 'MESSAGE' ? 'widget.write.open' : 'cta.FORMING')}
        </button>
        <div className="gf-join__panel" id={id}>
          {done ? (
            <JoinConfirmation kind={kind} contactKind="EMAIL" controller={FORM.controller} confirmsByText={FORM.confirmsByText} t={t} headingLevel={4} />
          ) : (
            <JoinFormView
              id={id}
              labelledBy={`${id}-open`}
              kind={kind}
              form={FORM}
              state={{ draft: EMPTY_DRAFT, errors, errorsShown: 1, alert: { text: translate(locale, 'error.FORM_TOO_FAST'), count: 1 }, sending: false }}
              actions={{ change: () => undefined, submit: () => undefined }}
              locale={locale}
              t={t}
              headingLevel={4}
            />
          )}
        </div>
      </div>
    </section>
  );
}

function page(): string {
  const markup = renderToStaticMarkup(
    <main className="gf-root">
      <h2>groupfinder</h2>
      {group('da', 'WAITING_LIST', false)}
      {group('pl', 'WAITING_LIST', false)}
      {group('sv', 'MESSAGE', false)}
      {group('da', 'WAITING_LIST', true)}
      {group('nb', 'MESSAGE', true)}
    </main>,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>groupfinder</title><style>${STYLES}</style></head><body>${markup}</body></html>`;
}

async function violations(html: string) {
  // AxeBuilder wants a page of a context of its own.
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.setContent(html);
    const results = await new AxeBuilder({ page: tab }).withTags(TAGS).analyze();
    return results.violations.map((violation) => ({ rule: violation.id, targets: violation.nodes.map((node) => node.target.join(' ')) }));
  } finally {
    await context.close();
  }
}

describe('accessibility of the forms to ask to join and to write to a group', () => {
  it('has nothing axe finds: each form with every problem shown and one not at a field, and each confirmation, in four languages', async () => {
    expect(await violations(page())).toEqual([]);
  }, 60_000);
});
