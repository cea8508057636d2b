import { translate } from '@groupfinder/translations';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './apollo';
import { App } from './App';
import { preferredLocale } from './i18n/locale';
import './ui/styles.css';

// The browser's language, chosen once: the page, the Accept-Language header and queries' `locale`.
const locale = preferredLocale(navigator);
document.documentElement.lang = locale;
document.title = translate(locale, 'dashboard.title');

const client = createApolloClient({ uri: __GROUPFINDER_API_URL__, locale });

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App client={client} locale={locale} />
  </StrictMode>,
);
