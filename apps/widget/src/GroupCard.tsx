import type { Locale, Translate } from '@groupfinder/translations';
import { Fragment } from 'react';
import { addressLines, mailtoHref, telHref, toLangAttribute, webHref, webLabel } from './format';
import { getFragmentData, graphql, type FragmentType } from './gql';

/** What one result shows; the API writes the labels in the widget's language (`locale` argument). */
export const GroupCardFragment = graphql(`
  fragment GroupCard_Group on Group {
    id
    name
    contentLanguage
    isDemo
    format
    formatLabel
    enrolment
    enrolmentLabel
    schedule {
      summary
    }
    municipality {
      name
    }
    venue {
      name
      street
      postalCode
      town
    }
    topics {
      code
      label
    }
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

interface GroupCardProps {
  group: FragmentType<typeof GroupCardFragment>;
  locale: Locale;
  t: Translate;
}

/** One group: name, when, where, whether one can join, what it is about, and whom to contact. */
export function GroupCard({ group: masked, locale, t }: GroupCardProps) {
  const group = getFragmentData(GroupCardFragment, masked);
  const headingId = `gf-group-${group.id}`;
  const contentLang = toLangAttribute(group.contentLanguage);
  // A venue's address; a forming group without one yet names its municipality. Online-only
  // groups say so; hybrid ones add it under their address.
  const address = group.venue ? addressLines(group.venue) : group.municipality ? [group.municipality.name] : [];
  const online = group.format === 'IN_PERSON' ? [] : [group.venue ? group.formatLabel : t('group.online')];
  const where = [...address, ...online];
  const contactName = group.contact.name?.trim() || undefined;
  const phone = group.contact.phone?.trim() || undefined;
  const phoneHref = phone ? telHref(phone, group.organisation.country) : undefined;
  const email = group.contact.email?.trim() || undefined;
  const emailHref = email ? mailtoHref(email) : undefined;
  const web = group.contact.url ? webHref(group.contact.url) : undefined;

  return (
    <article className="gf-group" aria-labelledby={headingId}>
      <h3 className="gf-group__name" id={headingId} tabIndex={-1} lang={contentLang === locale ? undefined : contentLang}>
        {group.name}
      </h3>
      {group.schedule && <p className="gf-group__when">{group.schedule.summary}</p>}
      {where.length > 0 && (
        <p className="gf-group__where">
          {where.map((line, index) => (
            <Fragment key={index}>
              {index > 0 && <br />}
              {line}
            </Fragment>
          ))}
        </p>
      )}
      <p className="gf-group__badges">
        <span className={`gf-pill gf-pill--${group.enrolment.toLowerCase()}`}>{group.enrolmentLabel}</span>
        {group.isDemo && <span className="gf-pill gf-pill--demo">{t('group.demo')}</span>}
      </p>
      {group.topics.length > 0 && (
        <ul className="gf-topics">
          {group.topics.map((topic) => (
            <li className="gf-topic" key={topic.code}>
              {topic.label}
            </li>
          ))}
        </ul>
      )}
      {(contactName || phone || email || web) && (
        <div className="gf-group__contact">
          {contactName && (
            <p className="gf-contact-name">
              <span className="gf-contact__label">{t('common.contact')}: </span>
              {contactName}
            </p>
          )}
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
                  <a href={web}>{webLabel(web)}</a>
                </span>
              )}
            </p>
          )}
        </div>
      )}
    </article>
  );
}
