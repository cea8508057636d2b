import { ApolloProvider } from '@apollo/client/react';
import { prerenderStatic } from '@apollo/client/react/ssr';
import { translator, type Locale } from '@groupfinder/translations';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createApolloClient } from '../apollo';
import { LocaleContext } from '../i18n/LocaleContext';
import { formProblem } from '../ui/formProblem';
import { AskedPage, AskedView, phaseAfterWithdrawal, WithdrawJoinRequestMutation, type AskedPhase, type OwnRequest } from './AskedPage';
import { StandInApi, text } from './standInApi.testing';

// The jest environment has no DOM: these tests read what the page shows (its first render with the
// API's answer, and each step of withdrawing), as a screen reader would, and what it sent.
const api = new StandInApi();
beforeAll(() => api.start());
afterAll(() => api.stop());
beforeEach(() => api.reset());

const TOKEN = 'tok-9f2c_A1b2C3';
// As the API answers it, with its type's name (Apollo asks for it).
const request: OwnRequest & { __typename: string } = {
  __typename: 'OwnJoinRequest',
  groupName: 'Pårørendegruppen i Lyngby',
  kind: 'WAITING_LIST',
  status: 'CONTACTED',
  askedAt: '2026-11-20T18:30:00.000Z',
};

function inLocale(locale: Locale, tree: ReactNode) {
  return <LocaleContext.Provider value={{ locale, t: translator(locale) }}>{tree}</LocaleContext.Provider>;
}

/** The page as it first shows with the API's answer. */
async function renderPage(token: string | null, locale: Locale = 'en'): Promise<string> {
  const client = createApolloClient({ uri: api.uri, locale: () => locale });
  const { result } = await prerenderStatic({
    tree: <ApolloProvider client={client}>{inLocale(locale, <AskedPage token={token} />)}</ApolloProvider>,
    renderFunction: renderToStaticMarkup,
  });
  return result;
}

function renderView(phase: AskedPhase, { locale = 'en', busy = false, formError }: { locale?: Locale; busy?: boolean; formError?: string } = {}): string {
  return renderToStaticMarkup(
    inLocale(
      locale,
      <AskedView
        request={phase === 'shown' || phase === 'confirming' ? request : null}
        phase={phase}
        busy={busy}
        form={{ attempt: 1, formError }}
        onAsk={() => undefined}
        onCancel={() => undefined}
        onWithdraw={() => undefined}
      />,
    ),
  );
}

describe('the page a request to join links to', () => {
  it('shows the group, what was asked for, where it stands in plain words and when it was sent, asked by POST', async () => {
    api.answers = { JoinRequestByToken: { data: { joinRequestByToken: request } }, Viewer: { data: { me: null } } };

    const html = await renderPage(TOKEN);

    expect(html).toMatch(/<h1[^>]*tabindex="-1"[^>]*>Your request to join a group<\/h1>/);
    expect(text(html)).toContain(
      'Group Pårørendegruppen i Lyngby You asked for A place on the waiting list Where it stands The group has been in touch with you. Sent 20 Nov 2026',
    );
    expect(html).toMatch(/<button type="button" class="button button--quiet">Withdraw my request<\/button>/);
    expect(api.received).toEqual([{ method: 'POST', operationName: 'JoinRequestByToken', variables: { token: TOKEN }, acceptLanguage: 'en' }]);
  });

  it('is in the language the person chose, asking the API in it too', async () => {
    api.answers = { JoinRequestByToken: { data: { joinRequestByToken: { ...request, kind: 'INTAKE', status: 'NEW' } } } };

    const html = await renderPage(TOKEN, 'da');

    expect(text(html)).toContain('Du bad om En afklarende samtale først Hvor den står Modtaget. Gruppen har ikke kontaktet dig endnu.');
    expect(text(html)).toContain('Træk min henvendelse tilbage');
    expect(api.received).toMatchObject([{ operationName: 'JoinRequestByToken', acceptLanguage: 'da' }]);
  });

  it('explains calmly when there is no request behind the link, without an error to retry', async () => {
    api.answers = { JoinRequestByToken: { code: 'JOIN_REQUEST_NOT_FOUND', message: 'There is no request behind this link.' } };

    const html = await renderPage(TOKEN);

    expect(text(html)).toContain(
      'There is no request behind this link. It may have been withdrawn, replaced by a newer link when you asked again, or deleted when its time was up.',
    );
    expect(html).not.toContain('role="alert"');
    expect(html).not.toContain('Withdraw my request');
  });

  it('asks nothing without a token (a reload after the page took it out of the address), and says where the link is', async () => {
    const html = await renderPage(null);

    expect(text(html)).toContain('Open the link in your confirmation again.');
    expect(api.received).toEqual([]);
  });
});

describe('withdrawing a request', () => {
  it('asks first, in place, saying that what was sent is deleted at once', () => {
    const html = renderView('confirming');

    expect(html).toMatch(/<div class="role-removal" role="group" aria-labelledby="([^"]+)"><p id="\1" tabindex="-1"/);
    expect(text(html)).toContain(
      'Withdraw your request? What you sent – your name, how to reach you and your message – is deleted at once and cannot be brought back. Yes, withdraw and delete it No, keep my request',
    );
    expect(text(renderView('confirming', { busy: true }))).toContain('Withdrawing…');
  });

  it('sends the token by POST, then says the request is withdrawn and deleted', async () => {
    api.answers = { WithdrawJoinRequest: { data: { withdrawJoinRequest: true } } };
    const client = createApolloClient({ uri: api.uri, locale: () => 'en' });

    const { data } = await client.mutate({ mutation: WithdrawJoinRequestMutation, variables: { token: TOKEN } });

    expect(data?.withdrawJoinRequest).toBe(true);
    expect(api.received).toMatchObject([{ method: 'POST', operationName: 'WithdrawJoinRequest', variables: { token: TOKEN } }]);
    expect(phaseAfterWithdrawal(null)).toBe('withdrawn');
    const html = renderView('withdrawn');
    expect(html).toMatch(/<div tabindex="-1" role="status"/);
    expect(text(html)).toBe(
      'Your request is withdrawn and deleted. Nothing you sent is kept. If you want to join later, you can ask again on the group’s page.',
    );
    expect(text(renderView('withdrawn', { locale: 'pl' }))).toContain('Twoje zgłoszenie zostało wycofane i usunięte.');
  });

  it('says there is no request when it was gone already, and shows any other problem beside the question', async () => {
    api.answers = { WithdrawJoinRequest: { code: 'JOIN_REQUEST_NOT_FOUND', message: 'There is no request behind this link.' } };
    const client = createApolloClient({ uri: api.uri, locale: () => 'en' });
    const error = await client.mutate({ mutation: WithdrawJoinRequestMutation, variables: { token: TOKEN } }).then(
      () => null,
      (failure: unknown) => failure,
    );

    expect(phaseAfterWithdrawal(formProblem(error, { fields: [], fallback: 'failed' }))).toBe('gone');
    expect(text(renderView('gone'))).toContain('There is no request behind this link.');

    const offline = formProblem(new Error('Failed to fetch'), { fields: [], fallback: 'That did not work.' });
    expect(phaseAfterWithdrawal(offline)).toBeNull();
    expect(renderView('confirming', { formError: offline.message })).toContain('<div class="form-alert" role="alert">That did not work.</div>');
  });
});
