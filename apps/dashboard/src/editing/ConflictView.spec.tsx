import { translator, type Locale } from '@groupfinder/translations';
import { renderToStaticMarkup } from 'react-dom/server';
import { LocaleContext } from '../i18n/LocaleContext';
import { ConflictView } from './ConflictView';
import { describeLine } from './describeValue';
import { mergeFields } from './mergeFields';
import type { RecordKind } from './recordKind';

// The jest environment has no DOM: these tests read what is shown after a CONFLICT, as a screen reader would.
interface Details {
  name: string;
  phone: string;
  email: string;
}

const LABELS: Record<keyof Details, string> = { name: 'Name', phone: 'Phone', email: 'E-mail' };
const base: Details = { name: 'Selvhjælp Lyngby', phone: '', email: 'lyngby@example.org' };
// I renamed it and gave a phone number; they renamed it too and emptied the e-mail.
const mine: Details = { ...base, name: 'Selvhjælp Lyngby-Taarbæk', phone: '45 12 34 56' };
const theirs: Details = { ...base, name: 'Selvhjælp Nord', email: '' };

function render(record: RecordKind, { locale = 'en', saving = false, them = theirs }: { locale?: Locale; saving?: boolean; them?: Details } = {}): string {
  const t = translator(locale);
  return renderToStaticMarkup(
    <LocaleContext.Provider value={{ locale, t }}>
      <ConflictView
        record={record}
        conflict={{ mine, theirs: them, version: 5, merge: mergeFields(base, mine, them) }}
        fieldLabel={(field) => LABELS[field]}
        describe={(field, values) => describeLine(t, values[field])}
        saving={saving}
        onSaveAgain={() => undefined}
      />
    </LocaleContext.Provider>,
  );
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
/** The accessible name of the form: its heading, by aria-labelledby. */
const formName = (html: string) => {
  const id = /<form[^>]*aria-labelledby="([^"]+)"/.exec(html)?.[1];
  return new RegExp(`<h2 id="${id}"[^>]*>([^<]*)</h2>`).exec(html)?.[1];
};

describe('ConflictView', () => {
  it('names the group in its title for a group, and speaks of other records without naming them', () => {
    expect(formName(render('group', { locale: 'da' }))).toBe('En anden har gemt gruppen, mens du ændrede den');
    expect(formName(render('venue'))).toBe('Someone else saved changes while you were making yours');
    expect(text(render('unit'))).toContain('What is saved is now at version 5.');
  });

  it('lists their changes to fields I left alone as taken', () => {
    expect(text(render('organisation'))).toContain('Their changes, taken in together with yours E-mail: (empty)');
  });

  it('asks field by field where both changed, keeping mine until the editor takes theirs', () => {
    const html = render('venue');
    expect(html.match(/<legend[^>]*>[^<]*<\/legend>/g)).toEqual(['<legend class="field__label">Name</legend>']);
    expect(html).toMatch(/<input[^>]*type="radio"[^>]*checked=""[^>]*>\s*<label[^>]*>Keep mine: “Selvhjælp Lyngby-Taarbæk”<\/label>/);
    expect(text(html)).toContain('Take theirs: “Selvhjælp Nord”');
    expect(text(html)).not.toContain('Phone');
  });

  it('says so when none of my fields was changed by them, and saves again as the group editor does', () => {
    const html = render('group', { locale: 'da', them: { ...base, email: '' } });
    expect(text(html)).toContain('Ingen af de felter, du ændrede, er ændret af dem.');
    expect(html).toMatch(/<button type="submit"[^>]*>Gem igen<\/button>/);
    expect(text(render('group', { locale: 'da', saving: true }))).toContain('Gemmer');
  });
});
