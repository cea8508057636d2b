import type { ReactNode } from 'react';
import { useLocale } from '../i18n/useLocale';
import type { Route } from '../routing/routes';
import { LoadingState } from '../ui/LoadingState';
import { PageLayout } from '../ui/PageLayout';
import { SignInFirst } from './SignInFirst';
import { useViewer, type Viewer } from './useViewer';

export interface SignedInPageProps {
  /** The page's h1. */
  readonly title: string;
  /** Whether the page's data is on its way. */
  readonly busy: boolean;
  /** This page, to come back to after signing in. */
  readonly next: Route;
  /** The page's content, for the person signed in. */
  readonly children: (viewer: Viewer) => ReactNode;
}

/** A page only signed-in people see: it waits until the API says who is signed in, and asks anyone else to sign in first. */
export function SignedInPage({ title, busy, next, children }: SignedInPageProps) {
  const { t } = useLocale();
  const { viewer, loading } = useViewer();

  let content;
  if (loading) content = <LoadingState label={t('common.loading')} />;
  else if (!viewer) content = <SignInFirst next={next} />;
  else content = children(viewer);

  return (
    <PageLayout title={title} busy={busy}>
      {content}
    </PageLayout>
  );
}
