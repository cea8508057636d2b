import { useLocale } from '../i18n/useLocale';
import { HistoryList } from '../history/HistoryList';
import { QueryState } from '../ui/QueryState';
import { Section } from '../ui/Section';
import { ORGANISATION_EDITING_QUERIES, useOrganisationEditing } from './useOrganisationEditing';

/** For its admins: every saved edit of the organisation's details, each one revertible. */
export function OrganisationHistorySection({ slug }: { readonly slug: string }) {
  const { t } = useLocale();
  const query = useOrganisationEditing(slug);
  return (
    <Section title={t('dashboard.history.title')}>
      <QueryState query={query} errorMessage={t('dashboard.history.error')}>
        {({ organisation }) => <HistoryList changes={organisation.history ?? []} canRevert refetchQueries={ORGANISATION_EDITING_QUERIES} />}
      </QueryState>
    </Section>
  );
}
