import type { Country } from '@groupfinder/domain';
import type { WidgetTranslate } from './messages';
import { mailtoHref, telHref, webHref, webLabel } from './format';

interface GroupContactProps {
  contact: { name?: string | null; phone?: string | null; email?: string | null; url?: string | null };
  country: Country;
  t: WidgetTranslate;
}

/** Who to call or write to, as links that dial and write. Nothing when there is nothing. */
export function GroupContact({ contact, country, t }: GroupContactProps) {
  const name = contact.name?.trim() || undefined;
  const phone = contact.phone?.trim() || undefined;
  const phoneHref = phone ? telHref(phone, country) : undefined;
  const email = contact.email?.trim() || undefined;
  const emailHref = email ? mailtoHref(email) : undefined;
  const web = contact.url ? webHref(contact.url) : undefined;
  if (!name && !phone && !email && !web) return null;

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
              <a href={web}>{webLabel(web)}</a>
            </span>
          )}
        </p>
      )}
    </div>
  );
}
