import { graphql, getFragmentData, type FragmentType } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { FactList } from '../ui/FactList';
import { TranslatedText } from './TranslatedText';

const GroupVenueFragment = graphql(`
  fragment GroupVenue_group on Group {
    venue {
      name
      street
      postalCode
      town
      latitude
      longitude
      accessibilityLabels
      transportNotes {
        ...TranslatedText_text
      }
    }
    municipality {
      name
    }
    practicalNotes {
      ...TranslatedText_text
    }
  }
`);

export interface GroupVenueProps {
  readonly group: FragmentType<typeof GroupVenueFragment>;
}

/** Where a group meets, how accessible and how to get there, and what else to know before coming. */
export function GroupVenue(props: GroupVenueProps) {
  const { t } = useLocale();
  const { venue, municipality, practicalNotes } = getFragmentData(GroupVenueFragment, props.group);
  if (!venue && !municipality && !practicalNotes) return null;

  const address = venue
    ? [venue.name, venue.street, [venue.postalCode, venue.town].filter((part) => part.trim()).join(' ')].filter((line) => line.trim())
    : [];
  const hasPoint = venue?.latitude != null && venue.longitude != null;

  return (
    <section className="details__section">
      <h4 className="details__heading">{t('dashboard.group.venue')}</h4>
      <FactList
        facts={[
          {
            term: t('dashboard.group.address'),
            value: address.length ? (
              <address>
                {address.map((line) => (
                  <span className="line" key={line}>
                    {line}
                  </span>
                ))}
              </address>
            ) : null,
          },
          { term: t('dashboard.group.municipality'), value: municipality?.name },
          {
            term: t('dashboard.group.coordinates'),
            value:
              hasPoint && venue ? (
                <a href={`https://www.openstreetmap.org/?mlat=${venue.latitude}&mlon=${venue.longitude}#map=17/${venue.latitude}/${venue.longitude}`}>
                  {venue.latitude?.toFixed(5)}, {venue.longitude?.toFixed(5)}
                </a>
              ) : null,
          },
          {
            term: t('dashboard.group.accessibility'),
            value: venue?.accessibilityLabels.length ? (
              <ul className="plain-list">
                {venue.accessibilityLabels.map((label) => (
                  <li key={label}>{label}</li>
                ))}
              </ul>
            ) : null,
          },
          { term: t('dashboard.group.transport'), value: venue?.transportNotes ? <TranslatedText text={venue.transportNotes} /> : null },
          { term: t('dashboard.group.practicalNotes'), value: practicalNotes ? <TranslatedText text={practicalNotes} /> : null },
        ]}
      />
    </section>
  );
}
