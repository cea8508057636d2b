import { CONTACT_KINDS, JOINING_LIMITS } from '@groupfinder/domain';
import { consentText, type Locale } from '@groupfinder/translations';
import { useEffect, useRef, type FormEvent, type MouseEvent } from 'react';
import { JoinConfirmation } from './JoinConfirmation';
import { JOIN_FIELDS, type FormKind, type JoinField } from './join-form';
import type { WidgetTranslate } from './messages';
import type { HeadingLevel } from './options';
import { PrivacyNotice } from './PrivacyNotice';
import { useJoinForm, type JoinFormActions, type JoinFormData, type JoinFormState } from './useJoinForm';

interface JoinFormProps {
  /** Prefix of the form's ids, unique in the widget. */
  id: string;
  /** The element that names the form: the button that opened it. */
  labelledBy: string;
  endpoint: string;
  groupSlug: string;
  kind: FormKind;
  locale: Locale;
  t: WidgetTranslate;
  /** Level of the privacy notice's and the confirmation's headings. */
  headingLevel: HeadingLevel;
}

/** The form to ask to join a group or to write to it, loaded when opened; the confirmation in its place once sent. */
export function JoinForm({ id, labelledBy, endpoint, groupSlug, kind, locale, t, headingLevel }: JoinFormProps) {
  const join = useJoinForm(endpoint, locale, groupSlug, kind, t);
  if (join.sent && join.form) {
    return <JoinConfirmation kind={kind} contactKind={join.sent} controller={join.form.controller} confirmsByText={join.form.confirmsByText} t={t} headingLevel={headingLevel} />;
  }
  if (!join.form) {
    return join.loadFailed ? (
      <div className="gf-error" role="alert">
        <p className="gf-error__text">{t('widget.join.loadError')}</p>
        <button className="gf-button" type="button" onClick={join.retryLoad}>
          {t('common.retry')}
        </button>
      </div>
    ) : (
      <p className="gf-details__loading">{t('common.loading')}</p>
    );
  }
  return <JoinFormView id={id} labelledBy={labelledBy} kind={kind} form={join.form} state={join} actions={join} locale={locale} t={t} headingLevel={headingLevel} />;
}

export interface JoinFormViewProps {
  id: string;
  labelledBy: string;
  /** A message to the group asks for the message; a request to join leaves it optional. */
  kind: FormKind;
  form: Pick<JoinFormData, 'controller' | 'retentionDays' | 'confirmsByText'>;
  state: Pick<JoinFormState, 'draft' | 'errors' | 'errorsShown' | 'alert' | 'sending'>;
  actions: Pick<JoinFormActions, 'change' | 'submit'>;
  locale: Locale;
  t: WidgetTranslate;
  headingLevel: HeadingLevel;
}

/**
 * The fields, each with a visible label and its problem said at it (aria-invalid, aria-describedby),
 * a summary of the problems that takes focus, the privacy notice before the consent that refers to
 * it, a field for robots that people never meet, and a live region for what is not at a field.
 */
export function JoinFormView({ id, labelledBy, kind, form, state, actions, locale, t, headingLevel }: JoinFormViewProps) {
  const { draft, errors, errorsShown, alert, sending } = state;
  const summary = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const fieldId = (field: JoinField | 'website' | 'contactKind') => `${id}-${field}`;
  const errorId = (field: JoinField) => `${id}-${field}-error`;
  const shown = JOIN_FIELDS.flatMap((field) => (errors[field] ? [[field, errors[field]] as const] : []));

  useEffect(() => {
    if (errorsShown > 0) summary.current?.focus();
  }, [errorsShown]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    actions.submit();
  };
  // In a shadow root a link to "#id" would move the host page's address, not the focus.
  const goTo = (field: JoinField) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    formRef.current?.querySelector<HTMLElement>(`#${fieldId(field)}`)?.focus();
  };
  /** The attributes that tie a field to its hint and its problem. */
  const described = (field: JoinField, hint?: string) => {
    const ids = [hint, errors[field] ? errorId(field) : undefined].filter(Boolean).join(' ');
    return { 'aria-invalid': errors[field] ? true : undefined, 'aria-describedby': ids || undefined };
  };
  const problem = (field: JoinField) =>
    errors[field] ? (
      <p className="gf-field__error" id={errorId(field)}>
        {errors[field]}
      </p>
    ) : null;
  const email = draft.contactKind === 'EMAIL';
  const writing = kind === 'MESSAGE';

  return (
    <form className="gf-join__form" aria-labelledby={labelledBy} noValidate onSubmit={onSubmit} ref={formRef}>
      {shown.length > 0 && (
        <div className="gf-join__summary" tabIndex={-1} ref={summary} aria-labelledby={`${id}-summary`}>
          <p className="gf-join__summary-title" id={`${id}-summary`}>
            {t('widget.join.problems', { count: shown.length })}
          </p>
          <ul>
            {shown.map(([field, message]) => (
              <li key={field}>
                <a href={`#${fieldId(field)}`} onClick={goTo(field)}>
                  {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {writing && <p className="gf-hint">{t('widget.write.intro')}</p>}
      <div className="gf-field">
        <label className="gf-label" htmlFor={fieldId('alias')}>
          {t('widget.join.alias')}
        </label>
        <p className="gf-hint" id={`${fieldId('alias')}-hint`}>
          {t('widget.join.alias.hint')}
        </p>
        {problem('alias')}
        <input
          className="gf-input"
          id={fieldId('alias')}
          type="text"
          value={draft.alias}
          autoComplete="given-name"
          maxLength={JOINING_LIMITS.aliasMaxLength}
          {...described('alias', `${fieldId('alias')}-hint`)}
          onInput={(event) => actions.change('alias', event.currentTarget.value)}
        />
      </div>
      <fieldset className="gf-choices">
        <legend className="gf-label">{t('widget.join.contactKind')}</legend>
        <div className="gf-choices__list">
          {CONTACT_KINDS.map((way) => (
            <label className="gf-choice" key={way} htmlFor={`${fieldId('contactKind')}-${way}`}>
              <input
                className="gf-choice__box"
                id={`${fieldId('contactKind')}-${way}`}
                type="radio"
                name={fieldId('contactKind')}
                value={way}
                checked={draft.contactKind === way}
                onChange={() => actions.change('contactKind', way)}
              />
              <span>{t(way === 'EMAIL' ? 'common.email' : 'common.phone')}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="gf-field">
        <label className="gf-label" htmlFor={fieldId('contact')}>
          {t(email ? 'widget.join.email' : 'widget.join.phone')}
        </label>
        {problem('contact')}
        <input
          className="gf-input"
          id={fieldId('contact')}
          type={email ? 'email' : 'tel'}
          inputMode={email ? 'email' : 'tel'}
          autoComplete={email ? 'email' : 'tel'}
          spellCheck={false}
          value={draft.contact}
          maxLength={email ? JOINING_LIMITS.emailMaxLength : JOINING_LIMITS.phoneMaxLength}
          {...described('contact')}
          onInput={(event) => actions.change('contact', event.currentTarget.value)}
        />
      </div>
      <div className="gf-field">
        <label className="gf-label" htmlFor={fieldId('message')}>
          {t(writing ? 'widget.write.message' : 'widget.join.message')}
        </label>
        <p className="gf-hint" id={`${fieldId('message')}-hint`}>
          {t(writing ? 'widget.write.message.hint' : 'widget.join.message.hint', { max: JOINING_LIMITS.messageMaxLength })}
        </p>
        {problem('message')}
        <textarea
          className="gf-input gf-textarea"
          id={fieldId('message')}
          rows={4}
          value={draft.message}
          {...described('message', `${fieldId('message')}-hint`)}
          onInput={(event) => actions.change('message', event.currentTarget.value)}
        />
      </div>
      <PrivacyNotice
        id={`${id}-privacy`}
        locale={locale}
        headingLevel={headingLevel}
        purpose={writing ? 'message' : 'request'}
        controller={form.controller}
        retentionDays={form.retentionDays}
        confirmsByText={form.confirmsByText}
      />
      <div className="gf-join__consent">
        {problem('consentVersion')}
        <label className="gf-check" htmlFor={fieldId('consentVersion')}>
          <input
            className="gf-choice__box"
            id={fieldId('consentVersion')}
            type="checkbox"
            checked={draft.consent}
            {...described('consentVersion')}
            onChange={(event) => actions.change('consent', event.currentTarget.checked)}
          />
          <span>{consentText(locale, form.controller)}</span>
        </label>
      </div>
      {/* For robots only: out of sight, out of the tab order and hidden from assistive technology. */}
      <div className="gf-join__trap" aria-hidden="true">
        <label htmlFor={fieldId('website')}>{t('common.website')}</label>
        <input
          id={fieldId('website')}
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          value={draft.website}
          onInput={(event) => actions.change('website', event.currentTarget.value)}
        />
      </div>
      <div className="gf-join__alert" role="alert">
        {alert && (
          <p className="gf-error__text" key={alert.count}>
            {alert.text}
          </p>
        )}
      </div>
      {/* aria-disabled rather than disabled: the button keeps focus while the form is on its way. */}
      <button className="gf-button" type="submit" aria-disabled={sending || undefined}>
        {sending ? t('widget.join.sending') : t('widget.join.send')}
      </button>
    </form>
  );
}
