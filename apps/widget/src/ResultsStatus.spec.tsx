import { translator } from '@groupfinder/translations';
import { renderToStaticMarkup } from 'react-dom/server';
import type { WidgetTranslate } from './messages';
import { ResultsStatus } from './ResultsStatus';

const t = translator('da') as WidgetTranslate;

describe('the results status', () => {
  it('says the count, shown', () => {
    const html = renderToStaticMarkup(<ResultsStatus status="ready" totalCount={3} totalCountCapped={false} t={t} />);
    expect(html).toMatch(/^<p class="gf-status" role="status" aria-live="polite" aria-atomic="true">3 /);
  });

  it('speaks a place not found without showing it a second time (the field shows it)', () => {
    const html = renderToStaticMarkup(<ResultsStatus status="error" totalCount={0} totalCountCapped={false} message="Stedet blev ikke fundet." t={t} />);
    expect(html).toBe('<p class="gf-status gf-visually-hidden" role="status" aria-live="polite" aria-atomic="true">Stedet blev ikke fundet.</p>');
  });

  it('is empty, not hidden, when another error announces itself', () => {
    const html = renderToStaticMarkup(<ResultsStatus status="error" totalCount={0} totalCountCapped={false} t={t} />);
    expect(html).toBe('<p class="gf-status" role="status" aria-live="polite" aria-atomic="true"></p>');
  });
});
