import { CombinedGraphQLErrors } from '@apollo/client';
import { translator } from '@groupfinder/translations';
import { renderToStaticMarkup } from 'react-dom/server';
import { LocaleContext } from '../i18n/LocaleContext';
import { PageProblem } from './PageProblem';

function shown(code: string, message: string): string {
  const error = new CombinedGraphQLErrors({ errors: [{ message, extensions: { code } }] });
  return renderToStaticMarkup(
    <LocaleContext.Provider value={{ locale: 'da', t: translator('da') }}>
      <PageProblem error={error} message="Siden kunne ikke hentes." onRetry={() => undefined} />
    </LocaleContext.Provider>,
  );
}

describe('PageProblem', () => {
  it('offers no retry for a refusal that asking again will not change, and one for a failure that may pass', () => {
    const refused = shown('FORBIDDEN', 'Du har ikke adgang til dette.');
    expect(refused).toContain('Du har ikke adgang til dette.');
    expect(refused).not.toContain('<button');
    expect(shown('INTERNAL_SERVER_ERROR', 'Noget gik galt hos os.')).toContain(`>${translator('da')('common.retry')}</button>`);
  });
});
