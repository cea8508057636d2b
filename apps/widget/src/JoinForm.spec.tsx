import { CONSENT_VERSION, JOINING_LIMITS, RETENTION } from '@groupfinder/domain';
import { consentText, translate, translator, type Locale } from '@groupfinder/translations';
import { renderToStaticMarkup } from 'react-dom/server';
import { JoinConfirmation } from './JoinConfirmation';
import { checkDraft, EMPTY_DRAFT, toInput, type FieldErrors, type JoinDraft } from './join-form';
import { JoinFormView, type JoinFormViewProps } from './JoinForm';
import { JoinOptions } from './JoinOptions';
import type { WidgetTranslate } from './messages';

// The jest environment has no DOM: these tests read the markup a visitor's browser and screen reader get.
const ID = 'gf-join-smart-recovery-parorendegruppe-gladsaxe';
const FORM = { controller: 'De Frivilliges Hus', retentionDays: 180, confirmsByText: true };
const t = (locale: Locale) => translator(locale) as WidgetTranslate;
const NO_ACTIONS = { change: () => undefined, submit: () => undefined };

function form(locale: Locale, state: Partial<JoinFormViewProps['state']> = {}, kind: JoinFormViewProps['kind'] = 'WAITING_LIST'): string {
  return renderToStaticMarkup(
    <JoinFormView
      id={ID}
      labelledBy={`${ID}-open`}
      kind={kind}
      form={FORM}
      state={{ draft: EMPTY_DRAFT, errors: {}, errorsShown: 0, alert: null, sending: false, ...state }}
      actions={NO_ACTIONS}
      locale={locale}
      t={t(locale)}
      headingLevel={5}
    />,
  );
}

/** The opening tag of the element with this id. */
function tag(html: string, id: string): string {
  const found = new RegExp(`<[a-z]+[^>]*\\sid="${id}"[^>]*>`).exec(html)?.[0];
  if (!found) throw new Error(`no element #${id}`);
  return found;
}
// HTML's attribute names know no case (React writes `autoComplete`, a browser reads `autocomplete`).
const attribute = (element: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(element)?.[1];
/** The text of the element with this id. */
const textOf = (html: string, id: string) => new RegExp(`\\sid="${id}"[^>]*>([^<]*)<`).exec(html)?.[1];
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('the form to ask to join', () => {
  it('says each problem at its field, in the API’s words, and sums them up in a box that takes focus', () => {
    const draft: JoinDraft = { ...EMPTY_DRAFT, contact: 'ane@', message: 'x'.repeat(JOINING_LIMITS.messageMaxLength + 1) };
    const errors = checkDraft(t('da'), draft, 'WAITING_LIST');
    expect(errors).toEqual({
      alias: translate('da', 'error.ALIAS_REQUIRED'),
      contact: translate('da', 'error.EMAIL_INVALID'),
      message: translate('da', 'error.MESSAGE_TOO_LONG', { max: JOINING_LIMITS.messageMaxLength }),
      consentVersion: translate('da', 'error.CONSENT_REQUIRED'),
    } satisfies FieldErrors);

    const html = form('da', { draft, errors, errorsShown: 1 });
    for (const field of ['alias', 'contact', 'message', 'consentVersion'] as const) {
      const input = tag(html, `${ID}-${field}`);
      expect([field, attribute(input, 'aria-invalid'), attribute(input, 'aria-describedby')?.split(' ').includes(`${ID}-${field}-error`)]).toEqual([field, 'true', true]);
      expect(textOf(html, `${ID}-${field}-error`)).toBe(errors[field]);
    }
    // The hint stays with the field it explains.
    expect(attribute(tag(html, `${ID}-alias`), 'aria-describedby')).toBe(`${ID}-alias-hint ${ID}-alias-error`);
    const summary = tag(html, `${ID}-summary`);
    expect(text(summary)).toBe('');
    expect(textOf(html, `${ID}-summary`)).toBe('4 felter skal rettes');
    expect(html).toMatch(new RegExp(`<div class="gf-join__summary" tabindex="-1" aria-labelledby="${ID}-summary">`));
    expect(html).toContain(`<a href="#${ID}-alias">${translate('da', 'error.ALIAS_REQUIRED')}</a>`);
  });

  it('marks nothing wrong before a first try', () => {
    const html = form('en');
    expect(html).not.toContain('aria-invalid');
    expect(html).not.toContain('gf-join__summary');
    expect(attribute(tag(html, `${ID}-contact`), 'aria-describedby')).toBeUndefined();
  });

  it('has the field for robots out of the tab order, hidden from assistive technology, and filled by no browser', () => {
    const html = form('en');
    const trap = /<div class="gf-join__trap" aria-hidden="true">(.*?)<\/div>/.exec(html)?.[1] ?? '';
    const input = tag(trap, `${ID}-website`);
    expect([attribute(input, 'name'), attribute(input, 'tabindex'), attribute(input, 'autocomplete')]).toEqual(['website', '-1', 'off']);
    // Nothing a person meets refers to it.
    expect(html.match(new RegExp(`${ID}-website`, 'g'))).toHaveLength(2);
    expect(html.split('aria-hidden="true"')).toHaveLength(2);
  });

  it('asks for one way to reach the visitor, with the keyboard and autofill of that way', () => {
    const byEmail = tag(form('en'), `${ID}-contact`);
    expect([attribute(byEmail, 'type'), attribute(byEmail, 'inputmode'), attribute(byEmail, 'autocomplete')]).toEqual(['email', 'email', 'email']);
    const byPhoneHtml = form('pl', { draft: { ...EMPTY_DRAFT, contactKind: 'PHONE' } });
    const byPhone = tag(byPhoneHtml, `${ID}-contact`);
    expect([attribute(byPhone, 'type'), attribute(byPhone, 'inputmode'), attribute(byPhone, 'autocomplete')]).toEqual(['tel', 'tel', 'tel']);
    expect(byPhoneHtml).toContain(`<label class="gf-label" for="${ID}-contact">Twój numer telefonu</label>`);
    expect(attribute(tag(byPhoneHtml, `${ID}-contactKind-PHONE`), 'checked')).toBe('');
  });

  it('shows the privacy notice before the consent, which names the organisation', () => {
    const html = form('da');
    const notice = html.indexOf(`id="${ID}-privacy"`);
    const consent = html.indexOf(`id="${ID}-consentVersion"`);
    expect([notice > 0, notice < consent]).toEqual([true, true]);
    expect(html).toContain(`<h5 class="gf-notice__title" id="${ID}-privacy">Privatliv: sådan behandler vi det, du sender</h5>`);
    expect(text(html)).toContain(`Det slettes ${FORM.retentionDays} dage efter den seneste ændring af din henvendelse, med det samme, hvis du trækker den tilbage, og senest ${RETENTION.afterGroupEndsDays} dage efter, at gruppen er slut.`);
    expect(text(html)).toContain(consentText('da', FORM.controller));
  });

  it('sends the consent’s version only when it is ticked, and the visitor’s language', () => {
    const facts = { groupSlug: 'smart-recovery-parorendegruppe-gladsaxe', kind: 'WAITING_LIST' as const, formToken: 'token', consentVersion: CONSENT_VERSION, locale: 'da' as const };
    const draft: JoinDraft = { ...EMPTY_DRAFT, alias: 'Ane', contact: 'ane@example.dk', message: '  ' };
    expect(toInput(draft, facts)).toEqual({
      groupSlug: facts.groupSlug,
      kind: 'WAITING_LIST',
      alias: 'Ane',
      contactKind: 'EMAIL',
      contact: 'ane@example.dk',
      message: null,
      consentVersion: null,
      language: 'DA',
      formToken: 'token',
      website: null,
    });
    expect(toInput({ ...draft, consent: true }, facts).consentVersion).toBe(CONSENT_VERSION);
    expect(checkDraft(t('en'), { ...draft, consent: true }, 'INTAKE')).toEqual({});
  });

  it('is sent once: the button says it is on its way and takes no second click', () => {
    const html = form('nb', { sending: true });
    expect(html).toContain('<button class="gf-button" type="submit" aria-disabled="true">Sender …</button>');
  });

  it('says what is not at a field in a live region', () => {
    const html = form('en', { alert: { text: translate('en', 'error.FORM_TOO_FAST'), count: 1 } });
    expect(html).toContain(`<div class="gf-join__alert" role="alert"><p class="gf-error__text">${translate('en', 'error.FORM_TOO_FAST')}</p></div>`);
    expect(form('en')).toContain('<div class="gf-join__alert" role="alert"></div>');
  });
});

describe('the form to write to the group', () => {
  it('asks for the message, in the API’s words', () => {
    const draft: JoinDraft = { ...EMPTY_DRAFT, alias: 'Ane', contact: 'ane@example.dk', consent: true, message: ' ' };
    expect(checkDraft(t('sv'), draft, 'MESSAGE')).toEqual({ message: translate('sv', 'error.MESSAGE_REQUIRED') });
    expect(checkDraft(t('sv'), draft, 'WAITING_LIST')).toEqual({});
  });

  it('says where the message goes, labels it as required, and gives how long a message is kept', () => {
    const html = form('en', {}, 'MESSAGE');
    expect(text(html)).toContain(translate('en', 'widget.write.intro'));
    expect(html).toContain(`<label class="gf-label" for="${ID}-message">Your message</label>`);
    expect(text(html)).toContain(`It is deleted ${RETENTION.messageAfterDeliveryDays} days after it has been passed on, or after it could not be.`);
    expect(text(html)).not.toContain(`${FORM.retentionDays} days`);
  });

  it('sends the message as written, without a kind of request', () => {
    const facts = { groupSlug: 'g', kind: 'MESSAGE' as const, formToken: 'token', consentVersion: CONSENT_VERSION, locale: 'nb' as const };
    const input = toInput({ ...EMPTY_DRAFT, alias: 'Ane', contact: '+47 912 34 567', contactKind: 'PHONE', message: 'Hei!', consent: true }, facts);
    expect(input).toEqual({ groupSlug: 'g', alias: 'Ane', contactKind: 'PHONE', contact: '+47 912 34 567', message: 'Hei!', consentVersion: CONSENT_VERSION, language: 'NB', formToken: 'token', website: null });
  });
});

describe('how to join, by what the group offers', () => {
  const options = (joinWay: 'JUST_COME' | 'WAITING_LIST' | 'INTAKE' | 'NONE', locale: Locale = 'da') =>
    renderToStaticMarkup(
      <JoinOptions joinWay={joinWay} slug="g" callToAction="Spørg, hvornår den starter igen" endpoint="http://api.test/graphql" locale={locale} t={t(locale)} headingLevel={5} />,
    );

  it('says that one can just come to a group open for drop-in, with nothing to fill in', () => {
    const html = options('JUST_COME');
    expect(text(html)).toBe('Du kan bare møde op til et møde – du behøver ikke at melde dig til.');
    expect(html).not.toMatch(/<button|<form|<input/);
  });

  it('offers nothing to sign up for where the group takes nobody now, only its own words', () => {
    const html = options('NONE');
    expect(text(html)).toBe('Spørg, hvornår den starter igen');
    expect(html).not.toMatch(/<button|<form|<input/);
  });

  it('offers the waiting list or an intake conversation behind a button that opens the form in place', () => {
    expect(options('WAITING_LIST')).toContain('<button class="gf-button" type="button" id="gf-join-g-open" aria-expanded="false" aria-controls="gf-join-g">Skriv dig på ventelisten</button>');
    expect(options('INTAKE', 'pl')).toContain('>Umów się na rozmowę wstępną</button>');
    // Nothing is asked of the API until the visitor opens it.
    expect(options('INTAKE')).toContain('<div class="gf-join__panel" id="gf-join-g" hidden=""></div>');
  });
});

describe('the confirmation', () => {
  const done = (contactKind: 'EMAIL' | 'PHONE', kind: 'WAITING_LIST' | 'INTAKE' = 'WAITING_LIST', confirmsByText = false) =>
    renderToStaticMarkup(<JoinConfirmation kind={kind} contactKind={contactKind} controller="De Frivilliges Hus" confirmsByText={confirmsByText} t={t('da')} headingLevel={5} />);

  it('says what happens next and where the link to see and withdraw went, under a heading that takes focus', () => {
    const html = done('EMAIL');
    expect(html).toContain('<h5 class="gf-join__done-title" tabindex="-1">Tak – din henvendelse er sendt</h5>');
    expect(text(html)).toContain('De Frivilliges Hus kontakter dig, når der er plads i gruppen');
    expect(text(html)).toContain(translate('da', 'widget.join.done.email'));
  });

  it('says a message is on its way, and that an e-mail comes once it is passed on', () => {
    const html = renderToStaticMarkup(<JoinConfirmation kind="MESSAGE" contactKind="EMAIL" controller="De Frivilliges Hus" confirmsByText={false} t={t('pl')} headingLevel={4} />);
    expect(html).toContain('<h4 class="gf-join__done-title" tabindex="-1">Dziękujemy – wiadomość jest w drodze</h4>');
    expect(text(html)).toContain(translate('pl', 'widget.write.done.email'));
  });

  it('promises no e-mail to a visitor who gave a phone number, and says whom to ask instead', () => {
    const html = done('PHONE', 'INTAKE');
    expect(text(html)).toContain('De Frivilliges Hus kontakter dig for at aftale en afklarende samtale.');
    expect(text(html)).not.toContain(translate('da', 'widget.join.done.email'));
    expect(text(html)).toContain('kontakt De Frivilliges Hus');
    expect(text(html)).not.toContain(translate('da', 'widget.join.done.phone.byText'));
  });

  it('tells a phone number that the link comes by text message where texts are sent', () => {
    const html = done('PHONE', 'WAITING_LIST', true);
    expect(text(html)).toContain(translate('da', 'widget.join.done.phone.byText'));
    expect(text(html)).not.toContain('kontakt De Frivilliges Hus');
  });
});
