import { CONSENT_VERSION, RETENTION } from '@groupfinder/domain';
import { consentText, LOCALES, privacyNotice } from './index';

const FACTS = { controller: 'De Frivilliges Hus', retentionDays: 90 };
const whole = (locale: (typeof LOCALES)[number]) => {
  const notice = privacyNotice(locale, FACTS);
  return [notice.title, ...notice.parts.flatMap((part) => [part.heading, part.text])].join('\n');
};

describe('privacyNotice', () => {
  it.each(LOCALES)('%s: gives the organisation’s retention, the days after the group ends, the consent version and the controller', (locale) => {
    const text = whole(locale);
    expect(text).toContain(`${FACTS.retentionDays} `);
    expect(text).toContain(`${RETENTION.afterGroupEndsDays} `);
    expect(text).toContain(CONSENT_VERSION);
    expect(text).toContain(FACTS.controller);
    expect(privacyNotice(locale, { ...FACTS, retentionDays: RETENTION.requestDefaultDays }).parts[3]?.text).toContain(`${RETENTION.requestDefaultDays} `);
  });

  it.each(LOCALES)('%s: has six parts, each with a heading and a text', (locale) => {
    const { parts } = privacyNotice(locale, FACTS);
    expect(parts).toHaveLength(6);
    for (const part of parts) expect([part.heading.length > 0, part.text.length > 20]).toEqual([true, true]);
  });

  it('writes the numbers as the language counts them', () => {
    expect(whole('en')).toContain(`It is deleted 90 days after the last change to your request, at once if you withdraw it, and at the latest ${RETENTION.afterGroupEndsDays} days after the group ends.`);
    expect(whole('da')).toContain('Det slettes 90 dage efter den seneste ændring');
    expect(whole('pl')).toContain(`Usuwamy je 90 dni po ostatniej zmianie zgłoszenia, od razu, jeśli je wycofasz, i najpóźniej ${RETENTION.afterGroupEndsDays} dni po zakończeniu grupy.`);
    expect(privacyNotice('pl', { ...FACTS, retentionDays: 32 }).parts[3]?.text).toContain('32 dni');
  });

  it.each(LOCALES)('%s: for a message to a group, gives the days it is kept after it is passed on, not the organisation’s retention', (locale) => {
    const notice = privacyNotice(locale, FACTS, 'message');
    const text = notice.parts.map((part) => part.text).join('\n');
    expect(notice.parts[3]?.text).toContain(`${RETENTION.messageAfterDeliveryDays} `);
    expect(text).not.toContain(`${FACTS.retentionDays} `);
    expect(text).toContain(FACTS.controller);
    expect(notice.parts.map((part) => part.heading)).toEqual(privacyNotice(locale, FACTS).parts.map((part) => part.heading));
  });

  it('names the organisation in the consent the visitor ticks', () => {
    for (const locale of LOCALES) expect(consentText(locale, FACTS.controller)).toContain(FACTS.controller);
  });
});
