import { useQuery } from '@apollo/client/react';
import { EDITED_RECORD_FETCH_POLICY } from '../editing/useEditedRecord';
import { LIMITS } from '@groupfinder/domain';
import { administersUnit } from '../auth/access';
import { SignedInPage } from '../auth/SignedInPage';
import { useViewer } from '../auth/useViewer';
import { graphql } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { PeopleSections } from '../members/PeopleSections';
import { routeHref } from '../routing/routes';
import { LoadingState } from '../ui/LoadingState';
import { PageProblem } from '../ui/PageProblem';
import { QueryState } from '../ui/QueryState';
import { UnitHistorySection } from './UnitHistorySection';
import { UnitRenameSection } from './UnitRenameSection';

const UnitPageQuery = graphql(`
  query UnitPage($id: ID!) {
    unit(id: $id) {
      id
      name
      organisation {
        id
        slug
        name
      }
    }
  }
`);

// Asked only by the unit's admins.
const UnitAdminQuery = graphql(`
  query UnitAdmin($id: ID!, $groupsFirst: Int!) {
    unit(id: $id) {
      id
      members {
        id
        ...MemberTable_member
        ...GrantRoleForm_member
      }
      invitations {
        id
        ...InvitationTable_invitation
      }
      organisation {
        id
        groups(first: $groupsFirst) {
          edges {
            node {
              id
              name {
                text
              }
            }
          }
        }
      }
    }
  }
`);

/** A unit of an organisation: its people and invitations, and inviting more, for its admins. */
export function UnitPage({ id }: { readonly id: string }) {
  const { t } = useLocale();
  const { viewer } = useViewer();
  // Units are seen signed in only; ask once the viewer is known.
  const query = useQuery(UnitPageQuery, { variables: { id }, skip: !viewer, fetchPolicy: EDITED_RECORD_FETCH_POLICY });
  const unit = query.data?.unit;
  const isAdmin = !!viewer && !!unit && administersUnit(viewer.memberships, { id: unit.id, organisationId: unit.organisation.id });
  const admin = useQuery(UnitAdminQuery, { variables: { id, groupsFirst: LIMITS.pageSizeMax }, skip: !isAdmin });
  const settings = admin.data?.unit;

  return (
    <SignedInPage title={unit?.name ?? t('dashboard.unit.title')} busy={query.loading} next={{ page: 'unit', id }}>
      {() => (
        <QueryState query={query} errorMessage={t('dashboard.unit.error')}>
          {({ unit }) => (
            <>
              <p className="page__context">
                {t('dashboard.unit.partOf')} <a href={routeHref({ page: 'organisation', slug: unit.organisation.slug })}>{unit.organisation.name}</a>
              </p>
              {isAdmin && admin.loading && !admin.data ? <LoadingState label={t('common.loading')} /> : null}
              {isAdmin && admin.error ? (
                <PageProblem error={admin.error} message={t('dashboard.page.error')} onRetry={() => void admin.refetch().catch(() => undefined)} />
              ) : null}
              {isAdmin ? <UnitRenameSection id={unit.id} /> : null}
              {settings ? (
                <PeopleSections
                  members={settings.members ?? []}
                  invitations={settings.invitations ?? []}
                  invite={{
                    place: { organisationId: unit.organisation.id, unitId: unit.id },
                    units: [],
                    groups: settings.organisation.groups.edges.map(({ node }) => ({ id: node.id, name: node.name.text })),
                    refetchQueries: ['UnitAdmin'],
                  }}
                />
              ) : null}
              {isAdmin ? <UnitHistorySection id={unit.id} /> : null}
            </>
          )}
        </QueryState>
      )}
    </SignedInPage>
  );
}
