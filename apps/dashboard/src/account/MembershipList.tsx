import type { ReactNode } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { routeHref } from '../routing/routes';

const MembershipListFragment = graphql(`
  fragment MembershipList_membership on Membership {
    id
    role
    organisation {
      id
      slug
      name
    }
    unit {
      id
      name
    }
    groupName
    municipality {
      name
    }
  }
`);

export interface MembershipListProps {
  readonly memberships: readonly FragmentType<typeof MembershipListFragment>[];
  /** What can be done with a role, shown after it (removing it, in a table of people). */
  readonly action?: ((membershipId: string) => ReactNode) | undefined;
}

/** Roles and where each applies, linked to the organisation's or the unit's page. */
export function MembershipList(props: MembershipListProps) {
  const { t } = useLocale();
  const memberships = props.memberships.map((membership) => getFragmentData(MembershipListFragment, membership));
  if (memberships.length === 0) return <p className="muted">{t('dashboard.roles.none')}</p>;
  return (
    <ul className="plain-list role-list">
      {memberships.map((membership) => (
        <li key={membership.id}>
          <span className="role-list__role">{t(`role.${membership.role}`)}</span>
          {membership.role === 'PLATFORM_ADMIN' ? <span>{t('dashboard.scope.platform')}</span> : null}
          {membership.unit ? (
            <a href={routeHref({ page: 'unit', id: membership.unit.id })}>{membership.unit.name}</a>
          ) : null}
          {membership.organisation ? (
            <a href={routeHref({ page: 'organisation', slug: membership.organisation.slug })}>{membership.organisation.name}</a>
          ) : null}
          {membership.groupName ? <span>{t('dashboard.scope.group', { group: membership.groupName })}</span> : null}
          {membership.municipality ? <span>{membership.municipality.name}</span> : null}
          {props.action?.(membership.id)}
        </li>
      ))}
    </ul>
  );
}
