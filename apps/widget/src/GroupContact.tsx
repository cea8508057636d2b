import type { WidgetTranslate } from './messages';
import { mailtoHref, telHref, webHref, webLabel } from './format';
import { getFragmentData, graphql, type FragmentType } from './gql';

/** Whom to ask about a group, and its organisation's country (phone numbers are dialled from it). */
export const GroupContactFragment = graphql(`
  fragment GroupContact_Group on Group {
    organisation {
      country
    }
    contact {
      name
      phone
      email
      url
    }
  }
`);

type Contactable = FragmentType<typeof GroupContactFragment>;

/** The ways to reach a group, as links where they can be; null when it publishes none. */
function contactWays(masked: Contactable) {
  const { contact, organisation } = getFragmentData(GroupContactFragment, masked);
  const name = contact.name?.trim() || undefined;
  const phone = contact.phone?.trim() || undefined;
  const email = contact.email?.trim() || undefined;
  const web = contact.url ? webHref(contact.url) : undefined;
  if (!name && !phone && !email && !web) return null;
  return {
    name,
    phone,
    phoneHref: phone ? telHref(phone, organisation.country) : undefined,
    email,
    emailHref: email ? mailtoHref(email) : undefined,
    web,
  };
}

/** Whether a group publishes a way to reach it (GroupContact shows nothing otherwise). */
export function hasContact(group: Contactable): boolean {
  return contactWays(group) !== null;
}

interface GroupContactProps {
  group: Contactable;
  t: WidgetTranslate;
}

/** Who to call or write to, as links that dial and write. Nothing when there is nothing. */
export function GroupContact({ group, t }: GroupContactProps) {
  const ways = contactWays(group);
  if (!ways) return null;
  const { name, phone, phoneHref, email, emailHref, web } = ways;

  return (
    <div className="gf-contact-block">
      {name && <p className="gf-contact-name">{name}</p>}
      {(phone || email || web) && (
        <p className="gf-contact-ways">
          {phone && (
            <span className="gf-contact">
              <span className="gf-contact__label">{t('common.phone')}: </span>
              {phoneHref ? <a href={phoneHref}>{phone}</a> : phone}
            </span>
          )}
          {email && (
            <span className="gf-contact">
              <span className="gf-contact__label">{t('common.email')}: </span>
              {emailHref ? <a href={emailHref}>{email}</a> : email}
            </span>
          )}
          {web && (
            <span className="gf-contact">
              <a href={web} target="_top">
                {webLabel(web)}
              </a>
            </span>
          )}
        </p>
      )}
    </div>
  );
}
