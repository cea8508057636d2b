import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { translator } from '@groupfinder/translations';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { AccountPage } from './account/AccountPage';
import { AcceptInvitationPage } from './auth/AcceptInvitationPage';
import { ForgotPasswordPage } from './auth/ForgotPasswordPage';
import { ResetPasswordPage } from './auth/ResetPasswordPage';
import { SecondFactorNotice } from './auth/SecondFactorNotice';
import { SessionTimeoutWarning } from './auth/SessionTimeoutWarning';
import { SignInPage } from './auth/SignInPage';
import { EmbedPage } from './embeds/EmbedPage';
import { EmbedsPage } from './embeds/EmbedsPage';
import { NewEmbedPage } from './embeds/NewEmbedPage';
import { useViewer } from './auth/useViewer';
import { ViewerMenu } from './auth/ViewerMenu';
import { GroupCreatePage } from './groups/editing/GroupCreatePage';
import { GroupEditPage } from './groups/editing/GroupEditPage';
import { LanguageSwitcher } from './i18n/LanguageSwitcher';
import { LocaleContext } from './i18n/LocaleContext';
import type { LocaleStore } from './i18n/localeStore';
import { useLocale } from './i18n/useLocale';
import { AskedPage } from './joining/AskedPage';
import { JoinQueuePage } from './joining/JoinQueuePage';
import { PersonalDataPage } from './joining/PersonalDataPage';
import { OrganisationPage } from './organisations/OrganisationPage';
import { OrganisationsPage } from './organisations/OrganisationsPage';
import { NotFoundPage } from './routing/NotFoundPage';
import { routeHref, type Route } from './routing/routes';
import { useRoute } from './routing/useRoute';
import { AppHeader } from './ui/AppHeader';
import { NavigationContext } from './ui/PageHeading';
import { UnitPage } from './units/UnitPage';
import { NewVenuePage } from './venues/NewVenuePage';
import { VenuePage } from './venues/VenuePage';
import { VenuesPage } from './venues/VenuesPage';

export interface AppProps {
  readonly client: ApolloClient;
  /** The language shown; switched in the banner, read by the API link for Accept-Language. */
  readonly localeStore: LocaleStore;
}

function Page({ route }: { readonly route: Route }) {
  switch (route.page) {
    case 'organisations':
      return <OrganisationsPage />;
    case 'signIn':
      return <SignInPage next={route.next} />;
    case 'forgotPassword':
      return <ForgotPasswordPage />;
    case 'resetPassword':
      return <ResetPasswordPage token={route.token} />;
    case 'acceptInvitation':
      return <AcceptInvitationPage token={route.token} />;
    case 'account':
      return <AccountPage />;
    case 'organisation':
      return <OrganisationPage slug={route.slug} />;
    case 'unit':
      return <UnitPage id={route.id} />;
    case 'group':
      return <GroupEditPage id={route.id} />;
    case 'newGroup':
      return <GroupCreatePage slug={route.slug} />;
    case 'venues':
      return <VenuesPage slug={route.slug} />;
    case 'newVenue':
      return <NewVenuePage slug={route.slug} />;
    case 'venue':
      return <VenuePage slug={route.slug} id={route.id} />;
    case 'asked':
      return <AskedPage token={route.token} />;
    case 'joinRequests':
      return <JoinQueuePage id={route.id} />;
    case 'personalData':
      return <PersonalDataPage slug={route.slug} />;
    case 'embeds':
      return <EmbedsPage />;
    case 'newEmbed':
      return <NewEmbedPage />;
    case 'embed':
      return <EmbedPage id={route.id} />;
    case 'notFound':
      return <NotFoundPage />;
  }
}

/** The banner, the notice about a missing second factor, and the page the address names. */
function Layout({ onLocaleChange }: { readonly onLocaleChange: LocaleStore['set'] }) {
  const { t } = useLocale();
  const { viewer } = useViewer();
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const routeKey = JSON.stringify(route);
  // Counts moves to another page, so that each new page's h1 takes the focus (not on first load).
  const [navigation, setNavigation] = useState({ routeKey, count: 0 });
  if (navigation.routeKey !== routeKey) setNavigation({ routeKey, count: navigation.count + 1 });

  return (
    <>
      {/* A link would change the hash, and so the page: this one only moves the focus. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {t('dashboard.skipToContent')}
      </a>
      <AppHeader title={t('dashboard.title')} homeHref={routeHref({ page: 'organisations' })}>
        <LanguageSwitcher onChange={onLocaleChange} />
        {/* Someone who asked to join a group has no account here: no signing in to offer them. */}
        {route.page === 'asked' ? null : <ViewerMenu />}
      </AppHeader>
      <main id="main" className="app-main" ref={main} tabIndex={-1}>
        {viewer?.secondFactorRequired && route.page !== 'asked' ? <SecondFactorNotice onAccountPage={route.page === 'account'} /> : null}
        {viewer ? <SessionTimeoutWarning idleMinutes={viewer.sessionIdleMinutes} endsAt={String(viewer.sessionEndsAt)} /> : null}
        <NavigationContext value={navigation.count}>
          {/* A new page starts afresh: no form state carried from another organisation or unit. */}
          <Page key={routeKey} route={route} />
        </NavigationContext>
      </main>
    </>
  );
}

/** The dashboard: organisations, their units and people, and the signed-in person's account. */
export function App({ client, localeStore }: AppProps) {
  const locale = useSyncExternalStore(localeStore.subscribe, localeStore.get);
  const localeValue = useMemo(() => ({ locale, t: translator(locale) }), [locale]);
  const shownLocale = useRef(locale);

  useEffect(() => {
    document.documentElement.lang = locale;
    if (shownLocale.current === locale) return;
    shownLocale.current = locale;
    // What the API wrote (labels, group names, history lines) comes again in the new language: the
    // pages shown are asked again, and nothing kept for the others (Back) is in the old one.
    void client.resetStore().catch(() => undefined);
  }, [client, locale]);

  return (
    <ApolloProvider client={client}>
      <LocaleContext value={localeValue}>
        <Layout onLocaleChange={localeStore.set} />
      </LocaleContext>
    </ApolloProvider>
  );
}
