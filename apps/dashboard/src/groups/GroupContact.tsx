import { graphql, getFragmentData, type FragmentType } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { emailLink, phoneLink, websiteLink, type Link } from '../organisations/contactLinks';
import { FactList } from '../ui/FactList';

const GroupContactFragment = graphql(`
  fragment GroupContact_group on Group {
    contact {
      name
      phone
      email
      url
    }
  }
`);

export interface GroupContactProps {
  readonly group: FragmentType<typeof GroupContactFragment>;
}

/** Who to ask about a group and how to reach them. */
export function GroupContact(props: GroupContactProps) {
  const { t } = useLocale();
  const { contact } = getFragmentData(GroupContactFragment, props.group);
  const asLink = (link: Link | null) => (link ? <a href={link.href}>{link.label}</a> : null);

  return (
    <section className="details__section">
      <h4 className="details__heading">{t('common.contact')}</h4>
      {contact.name?.trim() ? <p className="details__lead">{contact.name}</p> : null}
      <FactList
        facts={[
          { term: t('common.phone'), value: asLink(phoneLink(contact.phone)) },
          { term: t('common.email'), value: asLink(emailLink(contact.email)) },
          { term: t('common.website'), value: asLink(websiteLink(contact.url)) },
        ]}
      />
    </section>
  );
}
