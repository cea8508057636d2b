import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { apiActivity } from '../apiActivity';
import { useLocale } from '../i18n/useLocale';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatTime } from '../ui/formatDateTime';
import { useRoute } from '../routing/useRoute';
import { useSignOut } from './SignOutButton';

/** Warned this long before the session ends: WCAG 2.2.1 asks for at least 20 seconds to ask for more time. */
export const WARN_BEFORE_MS = 2 * 60_000;
/** The API notes a session's use at most once a minute, so it may end up to a minute before its idle time counted from the last answer. */
const NOTED_EVERY_MS = 60_000;
/** How often the time left is looked at: timers sleep with the laptop, so no single long one. */
const CHECK_EVERY_MS = 5_000;

export interface SessionTimeoutWarningProps {
  /** Me.sessionIdleMinutes: unused this long, the session ends. */
  readonly idleMinutes: number;
  /** Me.sessionEndsAt: it ends then however active. */
  readonly endsAt: string;
}

/**
 * Before the session ends (WCAG 2.2.1, Timing Adjustable): a dialog two minutes ahead. When it is
 * ending for want of use, "Stay signed in" (also Escape) asks the API something, which uses it;
 * when it reaches its absolute end, it says when, to save the work first. At the end, unless an
 * answer in this tab or another used the session meanwhile (apiActivity), it signs out.
 */
export function SessionTimeoutWarning({ idleMinutes, endsAt }: SessionTimeoutWarningProps) {
  const { t, locale } = useLocale();
  const client = useApolloClient();
  const { signOut } = useSignOut();
  const route = useRoute();
  const lastAnswerAt = useSyncExternalStore(apiActivity.subscribe, apiActivity.lastAnswerAt);
  const [now, setNow] = useState(() => Date.now());
  const [dismissedEnd, setDismissedEnd] = useState<number | null>(null);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, []);

  const idleEnd = lastAnswerAt + idleMinutes * 60_000 - NOTED_EVERY_MS;
  const absoluteEnd = Date.parse(endsAt);
  const end = Math.min(idleEnd, absoluteEnd);
  const idle = idleEnd < absoluteEnd;

  // Signed out as the dialog said: asking the API whether the session still holds would use it, and keep it forever.
  const ended = now >= end;
  const signingOut = useRef(false);
  useEffect(() => {
    if (!ended || signingOut.current) return;
    signingOut.current = true;
    // Back to this page once signed in again.
    void signOut(route);
  }, [ended, signOut, route]);

  const stay = () => {
    setNow(Date.now());
    if (idle) void client.refetchQueries({ include: ['Viewer'] });
    else setDismissedEnd(absoluteEnd);
  };
  const open = now >= end - WARN_BEFORE_MS && now < end && dismissedEnd !== end;
  const time = formatTime(new Date(end).toISOString(), locale);
  return (
    <ConfirmDialog
      open={open}
      title={t(idle ? 'dashboard.session.idle.title' : 'dashboard.session.end.title')}
      message={t(idle ? 'dashboard.session.idle.message' : 'dashboard.session.end.message', { time, minutes: idleMinutes })}
      cancelLabel={t(idle ? 'dashboard.session.stay' : 'dashboard.session.goOn')}
      confirmLabel={t('dashboard.signOut')}
      onCancel={stay}
      onConfirm={() => void signOut()}
    />
  );
}
