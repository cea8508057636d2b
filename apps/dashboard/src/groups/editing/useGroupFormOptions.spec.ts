import { groupFormOptions, type OptionsOrganisation } from './useGroupFormOptions';

// A Danish organisation that writes in English first: its language, not its country's, leads the form.
const organisation: OptionsOrganisation = {
  id: 'organisation-1',
  slug: 'copenhagen-expats',
  name: 'Copenhagen Expats Support',
  country: 'DK',
  defaultLanguage: 'EN',
  units: [{ id: 'unit-1', name: 'Nørrebro' }],
};

describe('groupFormOptions', () => {
  it('writes the texts in the organisation’s default language first, with the country’s time zone', () => {
    const options = groupFormOptions(organisation, [], []);
    expect(options.defaultLanguage).toBe('en');
    expect(options.timeZone).toBe('Europe/Copenhagen');
  });

  it('names each venue by its name, street and town, and says which are archived', () => {
    const venue = (id: string, street: string, archivedAt: string | null) => ({
      id,
      archivedAt,
      fields: { name: 'Frivilligcenter Lyngby', street, town: 'Kongens Lyngby' },
    });
    expect(groupFormOptions(organisation, [venue('v1', 'Lyngby Hovedgade 28', null), venue('v2', ' ', '2027-01-05T10:00:00Z')], []).venues).toEqual([
      { id: 'v1', name: 'Frivilligcenter Lyngby, Lyngby Hovedgade 28, Kongens Lyngby', archived: false },
      { id: 'v2', name: 'Frivilligcenter Lyngby, Kongens Lyngby', archived: true },
    ]);
    expect(groupFormOptions(organisation, null, []).venues).toBeNull();
  });
});
