import type { JoinWay } from '@groupfinder/domain';
import type { Locale } from '@groupfinder/translations';
import { FormDisclosure } from './FormDisclosure';
import type { WidgetTranslate } from './messages';
import type { HeadingLevel } from './options';

interface JoinOptionsProps {
  joinWay: JoinWay;
  slug: string;
  /** What the group's state says to do, in the widget's language (Enrolment.callToAction). */
  callToAction: string;
  endpoint: string;
  locale: Locale;
  t: WidgetTranslate;
  /** Level of the headings inside the form (privacy notice, confirmation). */
  headingLevel: HeadingLevel;
}

/**
 * What a visitor can do to join: just come (said, with nothing to fill in), ask for the waiting list
 * or an intake conversation (a button that opens the form in place), or nothing now (the group's
 * own words say what to do instead).
 */
export function JoinOptions({ joinWay, slug, callToAction, endpoint, locale, t, headingLevel }: JoinOptionsProps) {
  if (joinWay === 'JUST_COME') return <p className="gf-details__cta">{t('widget.join.justCome')}</p>;
  if (joinWay === 'NONE') return <p className="gf-details__cta">{callToAction}</p>;
  return (
    <FormDisclosure
      id={`gf-join-${slug}`}
      label={t(joinWay === 'WAITING_LIST' ? 'cta.FORMING' : 'cta.OPEN_AFTER_INTAKE')}
      kind={joinWay}
      slug={slug}
      endpoint={endpoint}
      locale={locale}
      t={t}
      headingLevel={headingLevel}
    />
  );
}
