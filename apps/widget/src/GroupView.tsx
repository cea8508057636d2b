import type { Locale } from '@groupfinder/translations';
import { useRef } from 'react';
import { GroupCard, GroupCardFragment } from './GroupCard';
import { GroupDetailsView } from './GroupDetails';
import { getFragmentData } from './gql';
import type { WidgetTranslate } from './messages';
import type { HeadingLevel } from './options';
import { ShareButton } from './ShareButton';
import { useArrival, type Arrival } from './useArrival';
import { useGroupDetails } from './useGroupDetails';
import type { FoundGroup } from './useGroups';

interface GroupViewProps {
  slug: string;
  /** The group as the list has it, when it does: shown at once while the rest loads. */
  preview: FoundGroup | undefined;
  endpoint: string;
  locale: Locale;
  t: WidgetTranslate;
  /** Level of the group's name; its sections are one below. */
  headingLevel: HeadingLevel;
  arrival: Arrival;
  /** The link to this group alone, to share. */
  shareUrl: () => string;
  onBack: () => void;
}

/**
 * One group in the finder's place, as its link shows it: the card, a way to share it, and
 * everything about it (loaded when opened). Back returns to the list as it was.
 */
export function GroupView({ slug, preview, endpoint, locale, t, headingLevel, arrival, shareUrl, onBack }: GroupViewProps) {
  const details = useGroupDetails(endpoint, locale, slug);
  const card = details.data ?? preview?.node;
  const heading = useRef<HTMLHeadingElement>(null);
  const problem = useRef<HTMLDivElement>(null);
  useArrival(arrival, card ? heading : problem);
  const sectionLevel = Math.min(headingLevel + 1, 6) as HeadingLevel;
  const notFound = details.error?.code === 'GROUP_NOT_FOUND';
  const failure = (
    <div className="gf-error" role="alert" tabIndex={-1} ref={problem}>
      <p className="gf-error__text">{t(notFound ? 'widget.group.notFound' : 'widget.details.error')}</p>
      {!notFound && (
        <button className="gf-button" type="button" onClick={details.retry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );

  return (
    <div className="gf-view gf-view--group">
      <button className="gf-button gf-button--secondary gf-back" type="button" onClick={onBack}>
        {t('widget.link.back')}
      </button>
      {card ? (
        <GroupCard
          group={card}
          distanceKm={preview?.distanceKm ?? null}
          locale={locale}
          t={t}
          headingLevel={headingLevel}
          headingId="gf-view-name"
          headingRef={heading}
        >
          <ShareButton id="gf-share-group" label={t('widget.share.group')} title={getFragmentData(GroupCardFragment, card).name.text} url={shareUrl} t={t} />
          <div className="gf-details">
            {details.data ? (
              <GroupDetailsView group={details.data} slug={slug} endpoint={endpoint} locale={locale} t={t} headingLevel={sectionLevel} />
            ) : details.status === 'error' ? (
              failure
            ) : (
              <p className="gf-details__loading">{t('common.loading')}</p>
            )}
          </div>
        </GroupCard>
      ) : details.status === 'error' ? (
        failure
      ) : (
        <p className="gf-details__loading">{t('common.loading')}</p>
      )}
    </div>
  );
}
