import { translate } from '@groupfinder/translations';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './apollo';
import { App } from './App';
import { createLocaleStore } from './i18n/localeStore';
import { hashForPathLink } from './routing/routes';
import './ui/styles.css';

// A link written as a path (/accept-invitation?token=…) opens the same page as its hash form.
const hashLink = hashForPathLink(window.location.pathname, window.location.search, window.location.hash);
if (hashLink) window.history.replaceState(null, '', `/${hashLink}`);

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

// The language chosen before, else the browser's: the page, the Accept-Language header and queries' `locale`.
const localeStore = createLocaleStore({ storage: browserStorage(), preferences: navigator });
document.documentElement.lang = localeStore.get();
document.title = translate(localeStore.get(), 'dashboard.title');

const client = createApolloClient({ locale: localeStore.get });

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App client={client} localeStore={localeStore} />
  </StrictMode>,
);
