import { HistoryList } from '../history/HistoryList';
import { useLocale } from '../i18n/useLocale';
import { QueryState } from '../ui/QueryState';
import { Section } from '../ui/Section';
import { UNIT_EDITING_QUERIES, useUnitEditing } from './useUnitEditing';

/** For its admins: every saved edit of the unit, each one revertible. */
export function UnitHistorySection({ id }: { readonly id: string }) {
  const { t } = useLocale();
  const query = useUnitEditing(id);
  return (
    <Section title={t('dashboard.history.title')}>
      <QueryState query={query} errorMessage={t('dashboard.history.error')}>
        {({ unit }) => <HistoryList changes={unit.history ?? []} canRevert refetchQueries={UNIT_EDITING_QUERIES} />}
      </QueryState>
    </Section>
  );
}
