import { privacyNotice, type Locale, type PrivacyNoticeFacts, type PrivacyNoticePurpose } from '@groupfinder/translations';
import type { HeadingLevel } from './options';

interface PrivacyNoticeProps extends PrivacyNoticeFacts {
  id: string;
  locale: Locale;
  headingLevel: HeadingLevel;
  purpose: PrivacyNoticePurpose;
}

/** Beside the form, before the consent that refers to it: what is stored, why, by whom, how long, how safe, and the visitor's rights. */
export function PrivacyNotice({ id, locale, headingLevel, purpose, ...facts }: PrivacyNoticeProps) {
  const notice = privacyNotice(locale, facts, purpose);
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="gf-notice" aria-labelledby={id}>
      <Heading className="gf-notice__title" id={id}>
        {notice.title}
      </Heading>
      <dl className="gf-notice__parts">
        {notice.parts.map((part) => (
          <div className="gf-notice__part" key={part.heading}>
            <dt>{part.heading}</dt>
            <dd>{part.text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
