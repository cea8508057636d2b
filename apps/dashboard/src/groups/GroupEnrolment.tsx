import { graphql, getFragmentData, type FragmentType } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { FactList } from '../ui/FactList';
import { EnrolmentStatus } from './EnrolmentStatus';
import { TranslatedText } from './TranslatedText';

const GroupEnrolmentFragment = graphql(`
  fragment GroupEnrolment_group on Group {
    enrolment {
      state
      label
      callToAction
      details
      intake {
        ...TranslatedText_text
      }
    }
  }
`);

export interface GroupEnrolmentProps {
  readonly group: FragmentType<typeof GroupEnrolmentFragment>;
}

/**
 * Whether and how a newcomer can join: the status, what to do next, the size and places left
 * (or when a forming group starts, or when a paused one starts again) and the intake conversation.
 */
export function GroupEnrolment(props: GroupEnrolmentProps) {
  const { t } = useLocale();
  const { enrolment } = getFragmentData(GroupEnrolmentFragment, props.group);

  return (
    <section className="details__section">
      <h4 className="details__heading">{t('dashboard.group.enrolment')}</h4>
      <p className="details__lead">
        <EnrolmentStatus state={enrolment.state} label={enrolment.label} />
      </p>
      {enrolment.details.length ? (
        <ul className="plain-list">
          {enrolment.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      ) : null}
      <FactList
        facts={[
          { term: t('dashboard.group.nextStep'), value: enrolment.callToAction },
          { term: t('dashboard.group.intake'), value: enrolment.intake ? <TranslatedText text={enrolment.intake} /> : null },
        ]}
      />
    </section>
  );
}
