import { RETENTION } from '@groupfinder/domain';
import { LOCALES } from '@groupfinder/translations';
import { renderMail } from '../mail/mailer';

const days = RETENTION.messageAfterDeliveryDays;

describe('the mails of a message to a group', () => {
  it.each(LOCALES)('in %s: the group’s contact reads who wrote, how to answer them, what they wrote and when it is deleted', (locale) => {
    const { subject, text, html } = renderMail({
      to: 'group@example.org',
      locale,
      template: 'groupMessage',
      values: { group: 'Sorggruppe for voksne', alias: 'Mette', contact: '+45 12 34 56 78', message: 'Første linje\n\nAnden {linje} & <tredje>', days },
    });
    expect(subject).toContain('Sorggruppe for voksne');
    expect(subject).not.toContain('Mette');
    for (const part of ['Mette', '+45 12 34 56 78', 'Første linje\n\nAnden {linje} & <tredje>', String(days)]) expect(text).toContain(part);
    expect(html).toContain('Anden {linje} &#38; &#60;tredje&#62;');
    expect(`${subject}${text.replace('Anden {linje}', '')}`).not.toMatch(/[{}]/);
  });

  it.each(LOCALES)('in %s: the visitor’s receipt names the group in its text only (not its subject, which a locked phone shows), and holds no link', (locale) => {
    const { subject, text } = renderMail({ to: 'x@example.org', locale, template: 'groupMessageReceipt', values: { group: 'Sorggruppe for voksne', days } });
    expect(subject).not.toBe('');
    expect(subject).not.toContain('Sorggruppe');
    expect(text).toContain('Sorggruppe for voksne');
    expect(text).toContain(String(days));
    expect(text).not.toMatch(/https?:/);
    expect(`${subject}${text}`).not.toMatch(/[{}]/);
  });
});
