import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../gql';
import type { JoinRequestByTokenQuery as JoinRequestByTokenData } from '../gql/graphql';
import { useLocale } from '../i18n/useLocale';
import { routeHref } from '../routing/routes';
import { DateTime } from '../ui/DateTime';
import { FactList } from '../ui/FactList';
import { FormAlert } from '../ui/FormAlert';
import { InlineQuestion } from '../ui/InlineQuestion';
import { LoadingState } from '../ui/LoadingState';
import { PageLayout } from '../ui/PageLayout';
import { PageProblem } from '../ui/PageProblem';
import type { FormProblem } from '../ui/formProblem';
import { useFormProblem, type FormProblemState } from '../ui/useFormProblem';
import { errorCodes } from '../ui/errorCodes';

// Both go by POST (the client's HttpLink never uses GET): the API refuses GET for them, so that no cache keeps the answer.
export const JoinRequestByTokenQuery = graphql(`
  query JoinRequestByToken($token: String!) {
    joinRequestByToken(token: $token) {
      groupName
      kind
      status
      askedAt
    }
  }
`);

export const WithdrawJoinRequestMutation = graphql(`
  mutation WithdrawJoinRequest($token: String!) {
    withdrawJoinRequest(token: $token)
  }
`);

export type OwnRequest = JoinRequestByTokenData['joinRequestByToken'];

/**
 * Where the page stands: the request shown, the withdrawal asked about, done, or no request
 * behind the link (`gone`), or no link at all (`noLink`: the page was reloaded after it took the
 * token out of the address).
 */
export type AskedPhase = 'shown' | 'confirming' | 'withdrawn' | 'gone' | 'noLink';


/** Where the page goes once the withdrawal was answered: deleted now, or already gone (another tab, its time was up); null: the problem is shown beside the question. */
export function phaseAfterWithdrawal(problem: FormProblem | null): AskedPhase | null {
  if (!problem) return 'withdrawn';
  return problem.code === 'JOIN_REQUEST_NOT_FOUND' ? 'gone' : null;
}

/**
 * The token of the link this tab opened, kept in memory only: not in the address, the history or
 * any storage. Taking it out of the address shows this page again, without it (the router reads
 * the address as it subscribes), and so does going back to it; a reload forgets it.
 */
let tokenInMemory: string | null = null;

/**
 * The link in the confirmation of a request to join: the person sees where their request stands
 * and can withdraw it, which deletes it at once. No account: the token is the key. It is read from
 * the address once and kept only in memory, so that it is left neither on the screen nor in the
 * browser's history.
 */
export function AskedPage({ token: tokenInAddress }: { readonly token: string | null }) {
  const { t } = useLocale();
  const [token] = useState(() => tokenInAddress ?? tokenInMemory);
  const [phase, setPhase] = useState<AskedPhase>(token ? 'shown' : 'noLink');
  const done = phase === 'withdrawn' || phase === 'gone' || phase === 'noLink';
  // Always asked afresh (and again in a new language when the person switches); dropped from the cache once withdrawn.
  const query = useQuery(JoinRequestByTokenQuery, { variables: { token: token ?? '' }, skip: !token || done, fetchPolicy: 'network-only' });
  const [withdrawJoinRequest, { loading: withdrawing }] = useMutation(WithdrawJoinRequestMutation, {
    update: (cache) => void cache.evict({ fieldName: 'joinRequestByToken' }),
  });
  const form = useFormProblem({ fields: [] });

  useEffect(() => {
    if (!tokenInAddress) return;
    tokenInMemory = tokenInAddress;
    // Out of the address bar and of this entry of the history (replaceState fires no hashchange).
    window.history.replaceState(window.history.state, '', routeHref({ page: 'asked', token: null }));
  }, [tokenInAddress]);

  async function withdraw() {
    if (withdrawing || !token) return;
    const { problem } = await form.send(() => withdrawJoinRequest({ variables: { token } }));
    const next = phaseAfterWithdrawal(problem);
    if (!next) return;
    // Nothing is left behind the link: it is forgotten here too.
    tokenInMemory = null;
    setPhase(next);
  }

  let content;
  if (!done && errorCodes(query.error).includes('JOIN_REQUEST_NOT_FOUND')) content = <AskedView request={null} phase="gone" busy={false} form={form} onAsk={noop} onCancel={noop} onWithdraw={noop} />;
  else if (!done && query.loading && !query.data) content = <LoadingState label={t('common.loading')} />;
  else if (!done && (query.error || !query.data)) {
    content = <PageProblem error={query.error} message={t('dashboard.asked.error')} onRetry={() => void query.refetch().catch(() => undefined)} />;
  } else {
    content = (
      <AskedView
        request={query.data?.joinRequestByToken ?? null}
        phase={phase}
        busy={withdrawing}
        form={form}
        onAsk={() => setPhase('confirming')}
        onCancel={() => setPhase('shown')}
        onWithdraw={() => void withdraw()}
      />
    );
  }

  return (
    <PageLayout title={t('dashboard.asked.title')} narrow focusOnLoad busy={query.loading}>
      {content}
    </PageLayout>
  );
}

const noop = () => undefined;

export interface AskedViewProps {
  /** The request, while it is shown (`shown`, `confirming`). */
  readonly request: OwnRequest | null;
  readonly phase: AskedPhase;
  /** The withdrawal is on its way. */
  readonly busy: boolean;
  readonly form: Pick<FormProblemState, 'attempt' | 'formError'>;
  readonly onAsk: () => void;
  readonly onCancel: () => void;
  readonly onWithdraw: () => void;
}

/**
 * What the person reads: their request in plain words and a button that asks first, in place (the
 * focus moves to the question and back; Escape keeps the request); or what happened to it.
 */
export function AskedView({ request, phase, busy, form, onAsk, onCancel, onWithdraw }: AskedViewProps) {
  const { t } = useLocale();
  const question = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const outcome = useRef<HTMLDivElement>(null);
  const shownPhase = useRef(phase);

  useEffect(() => {
    if (shownPhase.current === phase) return;
    shownPhase.current = phase;
    if (phase === 'confirming') question.current?.focus();
    else if (phase === 'shown') button.current?.focus();
    else outcome.current?.focus();
  }, [phase]);

  if (phase === 'withdrawn' || phase === 'gone' || phase === 'noLink' || !request) {
    const [lead, detail] =
      phase === 'withdrawn'
        ? [t('dashboard.asked.withdrawn'), t('dashboard.asked.withdrawn.detail')]
        : phase === 'noLink'
          ? [t('dashboard.asked.noLink'), t('dashboard.asked.noLink.detail')]
          : [t('dashboard.asked.gone'), t('dashboard.asked.gone.detail')];
    return (
      <div ref={outcome} tabIndex={-1} role="status" className="card section">
        <p className="note--lead">
          <strong>{lead}</strong>
        </p>
        <p>{detail}</p>
      </div>
    );
  }

  return (
    <div className="card section">
      <FactList
        facts={[
          { term: t('dashboard.asked.group'), value: request.groupName },
          { term: t('dashboard.asked.kind'), value: t(`dashboard.asked.kind.${request.kind}`) },
          { term: t('dashboard.asked.status'), value: t(`dashboard.asked.status.${request.status}`) },
          { term: t('dashboard.asked.askedAt'), value: <DateTime value={request.askedAt} /> },
        ]}
      />
      {phase === 'confirming' ? (
        <InlineQuestion
          confirm={{ questionRef: question, cancel: onCancel }}
          question={t('dashboard.asked.withdraw.question')}
          confirmLabel={busy ? t('dashboard.asked.withdraw.busy') : t('dashboard.asked.withdraw.confirm')}
          cancelLabel={t('dashboard.asked.withdraw.keep')}
          busy={busy}
          onConfirm={onWithdraw}
          size="regular"
        />
      ) : (
        <>
          <p>{t('dashboard.asked.withdraw.intro')}</p>
          <button ref={button} type="button" className="button button--quiet" onClick={onAsk}>
            {t('dashboard.asked.withdraw')}
          </button>
        </>
      )}
      <FormAlert form={form} />
      <p className="note">{t('dashboard.asked.keepPrivate')}</p>
    </div>
  );
}
