import { translator } from '@groupfinder/translations';
import { renderToStaticMarkup } from 'react-dom/server';
import { FilterSelect } from './FilterSelect';
import type { WidgetTranslate } from './messages';

// The jest environment has no DOM: the select is read from its markup, as a browser gets it.
function select(value: '' | 'GRIEF' | 'DIVORCE'): string {
  return renderToStaticMarkup(
    <FilterSelect
      id="topic"
      label="Emne"
      allLabel="Alle emner"
      choices={[
        { value: 'GRIEF', label: 'Sorg', count: 3 },
        { value: 'DIVORCE', label: 'Skilsmisse', count: 0 },
      ]}
      value={value}
      onChange={() => undefined}
      t={translator('da') as WidgetTranslate}
    />,
  );
}

describe('a filter whose counts are known', () => {
  it('shows a value that finds no group with its 0, and does not let it be chosen', () => {
    const html = select('');
    expect(html).toContain('<option value="GRIEF">Sorg (3)</option>');
    expect(html).toContain('<option value="DIVORCE" disabled="">Skilsmisse (0)</option>');
  });

  it('keeps the chosen value choosable even when it finds none, so that it can be undone', () => {
    expect(select('DIVORCE')).toContain('<option value="DIVORCE" selected="">Skilsmisse (0)</option>');
  });
});
