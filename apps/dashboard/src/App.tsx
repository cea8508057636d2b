import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { translator, type Locale } from '@groupfinder/translations';
import { useMemo } from 'react';
import { LocaleContext } from './i18n/LocaleContext';
import { OrganisationsPage } from './organisations/OrganisationsPage';
import { AppHeader } from './ui/AppHeader';

export interface AppProps {
  readonly client: ApolloClient;
  readonly locale: Locale;
}

/** The dashboard: one page for now, the organisations and their groups. */
export function App({ client, locale }: AppProps) {
  const localeValue = useMemo(() => ({ locale, t: translator(locale) }), [locale]);
  return (
    <ApolloProvider client={client}>
      <LocaleContext value={localeValue}>
        <AppHeader title={localeValue.t('dashboard.title')} />
        <main className="app-main">
          <OrganisationsPage />
        </main>
      </LocaleContext>
    </ApolloProvider>
  );
}
