import { CONSENT_VERSION, RETENTION } from '@groupfinder/domain';
import { consentText, LOCALES, privacyNotice } from './index';

const FACTS = { controller: 'De Frivilliges Hus', retentionDays: 90, confirmsByText: false };
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

  it.each(LOCALES)('%s: says the SMS service gets a phone number, and that a link comes by text too, only when texts are sent', (locale) => {
    const parts = (confirmsByText: boolean, purpose: 'request' | 'message') => privacyNotice(locale, { ...FACTS, confirmsByText }, purpose).parts.map((part) => part.text);
    for (const purpose of ['request', 'message'] as const) {
      const [plain, byText] = [parts(false, purpose), parts(true, purpose)];
      // Protection names the SMS service only when texts go; what is stored, why, and for how long stay the same.
      expect(byText[4]).not.toBe(plain[4]);
      expect(byText.slice(0, 4)).toEqual(plain.slice(0, 4));
    }
    expect(parts(true, 'request')[5]).not.toBe(parts(false, 'request')[5]);
    expect(parts(true, 'request')[4]).toContain(FACTS.controller);
    expect(parts(true, 'request')[4]).toMatch(/sms|SMS|text-message/);
  });

  it('names the organisation in the consent the visitor ticks', () => {
    for (const locale of LOCALES) expect(consentText(locale, FACTS.controller)).toContain(FACTS.controller);
  });
});
