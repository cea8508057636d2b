import { LOCALES } from '@groupfinder/translations';
import { renderMail } from '../mail/mailer';
import { requestLink } from './join.service';

describe('the confirmation of a request to join', () => {
  const link = requestLink('http://localhost:4200', 'abc_DEF-123');

  it('links to the dashboard’s page with the token after #, so that no server sees it', () => {
    expect(link).toBe('http://localhost:4200/#/asked?token=abc_DEF-123');
  });

  it.each(LOCALES)('in %s names the group in its text (not its subject, which a locked phone shows) and holds the link', (locale) => {
    const { subject, text, html } = renderMail({ to: 'x@example.org', locale, template: 'joinConfirmation', values: { group: 'Sorggruppe for voksne', link } });
    expect(subject).not.toBe('');
    expect(subject).not.toContain('Sorggruppe');
    expect(text).toContain('Sorggruppe for voksne');
    expect(text).toContain(link);
    expect(`${subject}${text}`).not.toMatch(/[{}]/);
    expect(html).toContain(`<a href="${link}">`);
  });
});
