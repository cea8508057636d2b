import { translator } from '@groupfinder/translations';
import { renderToStaticMarkup } from 'react-dom/server';
import { LocaleContext } from '../i18n/LocaleContext';
import type { FormProblem } from '../ui/formProblem';
import { ConflictResolution } from './ConflictResolution';
import { loadTheirs, startEdit, type EditState } from './editState';
import type { EditedRecord } from './useEditedRecord';

// The jest environment has no DOM: these tests read what is shown after a CONFLICT, as a screen reader would.
interface Details {
  name: string;
  phone: string;
  email: string;
}
type Field = keyof Details;

const FIELDS: readonly Field[] = ['name', 'phone', 'email'];
const stored: Details = { name: 'Selvhjælp Lyngby', phone: '', email: 'lyngby@example.org' };
const conflict: FormProblem = { code: 'CONFLICT', message: 'Someone else saved a change since you started (now version 5).', field: null, values: { version: 5 } };

function edited(state: EditState<Details, Field>): EditedRecord<Details, Field> {
  const nothing = () => undefined;
  return { ...state, dirty: true, setValues: nothing, saved: nothing, loadTheirs: nothing, choose: nothing, adoptVersion: nothing };
}

function render(state: EditState<Details, Field>, problem: FormProblem | null = conflict): string {
  const t = translator('en');
  return renderToStaticMarkup(
    <LocaleContext.Provider value={{ locale: 'en', t }}>
      <ConflictResolution
        problem={problem}
        edited={edited(state)}
        fetchTheirs={() => Promise.resolve(null)}
        fieldLabel={(field) => ({ name: 'Name', phone: 'Phone', email: 'E-mail' })[field]}
        describe={(_, value) => value || t('dashboard.value.empty')}
      />
    </LocaleContext.Provider>,
  );
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('ConflictResolution', () => {
  const typing = { ...startEdit<Details, Field>(stored, 3), values: { ...stored, name: 'Selvhjælp Lyngby-Taarbæk', phone: '45 12 34 56' } };

  it('offers to load their version after a CONFLICT, saying that nothing typed is lost', () => {
    const html = render(typing);
    expect(text(html)).toContain('Load their version');
    expect(text(html)).toContain('Nothing you typed is lost');
  });

  it('shows nothing without a conflict', () => {
    expect(render(typing, null)).toBe('');
  });

  it('once loaded, asks field by field where theirs differs from what was typed, in words', () => {
    const loaded = loadTheirs(typing, { ...stored, name: 'Selvhjælp Nord', email: '' }, 5, FIELDS);
    const html = render(loaded);
    expect(text(html)).not.toContain('Load their version');
    expect(text(html)).toContain('Their version is loaded 3 fields differ from what you typed.');
    expect(html.match(/<legend[^>]*>[^<]*<\/legend>/g)).toEqual(['<legend class="field__label">Name</legend>', '<legend class="field__label">Phone</legend>', '<legend class="field__label">E-mail</legend>']);
    expect(text(html)).toContain('You both changed this field.');
    expect(text(html)).toContain('Keep mine: Selvhjælp Lyngby-Taarbæk');
    expect(text(html)).toContain('Take theirs: Selvhjælp Nord');
    expect(text(html)).toContain('Take theirs: (empty)');
    // Only they emptied the e-mail: theirs is chosen until the editor says otherwise.
    expect(html).toMatch(/<input[^>]*type="radio"[^>]*checked=""[^>]*>\s*<label[^>]*>Take theirs: \(empty\)<\/label>/);
  });
});
