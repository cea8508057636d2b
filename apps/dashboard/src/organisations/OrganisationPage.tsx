import { useQuery } from '@apollo/client/react';
import { EDITED_RECORD_FETCH_POLICY } from '../editing/useEditedRecord';
import { LIMITS } from '@groupfinder/domain';
import { administersOrganisation } from '../auth/access';
import { useViewer } from '../auth/useViewer';
import { graphql } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { EditableGroupsSection } from '../groups/editing/EditableGroupsSection';
import { PeopleSections } from '../members/PeopleSections';
import { routeHref } from '../routing/routes';
import { LoadingState } from '../ui/LoadingState';
import { PageLayout } from '../ui/PageLayout';
import { PageProblem } from '../ui/PageProblem';
import { QueryState } from '../ui/QueryState';
import { Section } from '../ui/Section';
import { CreateUnitForm } from '../units/CreateUnitForm';
import { OrganisationDetailsSection } from './OrganisationDetailsSection';
import { OrganisationHistorySection } from './OrganisationHistorySection';
import { SecondFactorRequirementSwitch } from './SecondFactorRequirementSwitch';

const OrganisationPageQuery = graphql(`
  query OrganisationPage($slug: String!) {
    organisation(slug: $slug) {
      id
      slug
      name
      units {
        id
        name
      }
    }
  }
`);

// Asked only by its admins: the rest of the page is public. Group names come in the Accept-Language.
const OrganisationAdminQuery = graphql(`
  query OrganisationAdmin($slug: String!, $groupsFirst: Int!) {
    organisation(slug: $slug) {
      id
      requireSecondFactor
      members {
        id
        ...MemberTable_member
        ...GrantRoleForm_member
      }
      invitations {
        id
        ...InvitationTable_invitation
      }
      groups(first: $groupsFirst) {
        edges {
          node {
            id
            name {
              text
              language
            }
          }
        }
      }
    }
  }
`);

const ADMIN_QUERIES = ['OrganisationPage', 'OrganisationAdmin'];

/** An organisation: its units for anyone; its people, invitations and settings for its admins. */
export function OrganisationPage({ slug }: { readonly slug: string }) {
  const { t } = useLocale();
  const { viewer } = useViewer();
  const query = useQuery(OrganisationPageQuery, { variables: { slug }, fetchPolicy: EDITED_RECORD_FETCH_POLICY });
  const organisation = query.data?.organisation;
  const isAdmin = !!viewer && !!organisation && administersOrganisation(viewer.memberships, organisation.id);
  const admin = useQuery(OrganisationAdminQuery, {
    variables: { slug, groupsFirst: LIMITS.pageSizeMax },
    skip: !isAdmin,
  });
  const title = organisation?.name ?? t('dashboard.organisation.title');

  const settings = admin.data?.organisation;

  return (
    <PageLayout title={title} busy={query.loading}>
      <QueryState query={query} errorMessage={t('dashboard.organisation.error')}>
        {({ organisation }) => (
          <>
            {isAdmin ? (
              <nav className="page__links" aria-label={t('dashboard.organisation.manage', { organisation: organisation.name })}>
                <a href={routeHref({ page: 'venues', slug: organisation.slug })}>{t('dashboard.venues.title')}</a>
                <a href={routeHref({ page: 'personalData', slug: organisation.slug })}>{t('dashboard.personalData.title')}</a>
              </nav>
            ) : null}
            <Section title={t('dashboard.units.title')}>
              {organisation.units.length === 0 ? (
                <p className="muted">{t('dashboard.units.none')}</p>
              ) : (
                <ul className="link-list">
                  {organisation.units.map((unit) => (
                    <li key={unit.id}>
                      <a href={routeHref({ page: 'unit', id: unit.id })}>{unit.name}</a>
                    </li>
                  ))}
                </ul>
              )}
            </Section>
            {/* Its editors (unit admins and group editors too): the groups they may edit. */}
            <EditableGroupsSection slug={organisation.slug} />
            {!viewer ? <p className="note">{t('dashboard.organisation.signInToManage')}</p> : null}
            {/* Signed in without a role here (such as a unit's admin): say why there is no more. */}
            {viewer && !isAdmin ? <p className="note">{t('dashboard.organisation.notAdmin')}</p> : null}
            {isAdmin && admin.loading && !admin.data ? <LoadingState label={t('common.loading')} /> : null}
            {isAdmin && admin.error ? (
              <PageProblem error={admin.error} message={t('dashboard.page.error')} onRetry={() => void admin.refetch().catch(() => undefined)} />
            ) : null}
            {settings ? (
              <>
                <OrganisationDetailsSection slug={organisation.slug} />
                <Section title={t('dashboard.security.title')}>
                  <SecondFactorRequirementSwitch organisationId={organisation.id} required={settings.requireSecondFactor ?? false} />
                </Section>
                <PeopleSections
                  members={settings.members ?? []}
                  invitations={settings.invitations ?? []}
                  invite={{
                    place: { organisationId: organisation.id },
                    units: organisation.units,
                    groups: settings.groups.edges.map(({ node }) => ({ id: node.id, name: node.name.text })),
                    refetchQueries: ADMIN_QUERIES,
                  }}
                />
                <Section title={t('dashboard.unit.create.title')}>
                  <CreateUnitForm organisationId={organisation.id} refetchQueries={ADMIN_QUERIES} />
                </Section>
                <OrganisationHistorySection slug={organisation.slug} />
              </>
            ) : null}
          </>
        )}
      </QueryState>
    </PageLayout>
  );
}
