import { GroupEntity } from '../groups/group.entity';
import { OrganisationEntity } from './organisation.entity';
import { withTenants, type TenantPerson } from '../testing/tenants';

/** Admins keep their organisation true: edits that never overwrite each other, a history in plain words, and revert. */
describe('editing an organisation', () => {
  const fixture = withTenants();
  const as = <T = Record<string, unknown>>(person: TenantPerson, query: string, variables?: Record<string, unknown>, locale = 'en') =>
    fixture.api.query<T>(query, variables, { cookie: fixture.tenants.cookies[person], 'accept-language': locale });
  const UPDATE = `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { name website version } }`;
  const HISTORY = `query ($slug: String!) { organisation(slug: $slug) { version history { id version by reverts fields { field old new summary } } } }`;
  const current = () => fixture.api.dataSource.manager.findOneByOrFail(OrganisationEntity, { id: fixture.tenants.organisationB.id });
  type History = { organisation: { version: number; history: { id: string; version: number; by: string; reverts: string | null; fields: { field: string; summary: string }[] }[] } };

  it('saves an edit from the current version, records it in plain words, and finds the groups by the new name at once', async () => {
    const { organisationB } = fixture.tenants;
    const search = () => fixture.api.query<{ groups: { totalCount: number } }>(`{ groups(filter: { text: "vaxholmsbryggan" }) { totalCount } }`);
    expect((await search()).data?.groups.totalCount).toBe(0);
    const saved = await as<{ updateOrganisation: { name: string; version: number } }>('adminB', UPDATE, {
      input: { id: organisationB.id, version: 1, name: 'Vaxholmsbryggan Sverige (demo)', website: 'https://example.org/aterhamtning' },
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.updateOrganisation).toEqual({ name: 'Vaxholmsbryggan Sverige (demo)', website: 'https://example.org/aterhamtning', version: 2 });
    const history = await as<History>('adminB', HISTORY, { slug: organisationB.slug }, 'sv');
    expect(history.data?.organisation.history[0]).toMatchObject({
      version: 2,
      by: 'Person adminB',
      reverts: null,
      fields: [
        { field: 'name', summary: `ändrade namnet från ”${organisationB.name}” till ”Vaxholmsbryggan Sverige (demo)”` },
        { field: 'website', summary: 'satte webbplatsen till ”https://example.org/aterhamtning”' },
      ],
    });
    expect((await search()).data?.groups.totalCount).toBe(await fixture.api.dataSource.manager.countBy(GroupEntity, { organisationId: organisationB.id }));
  });

  it('applies exactly one of 20 saves made from the same version; the others are CONFLICT and change nothing', async () => {
    const { version } = await current();
    const saves = await Promise.all(
      Array.from({ length: 20 }, (_, index) => as('adminB', UPDATE, { input: { id: fixture.tenants.organisationB.id, version, phone: `+46 8 123 45 ${String(index).padStart(2, '0')}` } })),
    );
    const codes = saves.map((save) => save.errors?.[0]?.extensions.code ?? 'SAVED');
    expect(codes.filter((code) => code === 'SAVED')).toHaveLength(1);
    expect(codes.filter((code) => code === 'CONFLICT')).toHaveLength(19);
    const after = await current();
    expect(after.version).toBe(version + 1);
    const winner = saves.findIndex((save) => !save.errors);
    expect(after.phone).toBe(`+46 8 123 45 ${String(winner).padStart(2, '0')}`);
    const conflict = saves.find((save) => save.errors)?.errors?.[0];
    expect(conflict?.extensions).toMatchObject({ code: 'CONFLICT', values: { version: version + 1 } });
  });

  it('refuses a bad value at its field, translated, and changes nothing', async () => {
    const before = await current();
    const refused = await as('adminB', UPDATE, { input: { id: before.id, version: before.version, website: 'example.org', phone: '+46 8 000 00 00' } }, 'pl');
    expect(refused.errors?.[0]).toMatchObject({ message: 'Wpisz adres strony zaczynający się od https:// lub http://.', extensions: { code: 'WEBSITE_INVALID', fields: ['website'] } });
    expect(await current()).toEqual(before);
  });

  it('reverts one change as a change of its own, and refuses to revert one whose fields changed again since', async () => {
    const { organisationB } = fixture.tenants;
    const before = await current();
    await as('adminB', UPDATE, { input: { id: before.id, version: before.version, email: 'first@example.org' } });
    await as('adminB', UPDATE, { input: { id: before.id, version: before.version + 1, email: 'second@example.org' } });
    const history = (await as<History>('adminB', HISTORY, { slug: organisationB.slug })).data?.organisation.history ?? [];
    const [latest, earlier] = history;
    const superseded = await as('adminB', `mutation ($input: RevertChangeInput!) { revertChange(input: $input) }`, { input: { changeId: earlier?.id } });
    expect(superseded.errors?.[0]?.extensions).toMatchObject({ code: 'REVERT_SUPERSEDED', values: { fields: 'email' } });
    // The message names the fields as the history says them, in the reader's language, not as the API spells them.
    expect(superseded.errors?.[0]?.message).toBe('A later change touched the same fields (e-mail). Revert that one first.');
    expect((await current()).email).toBe('second@example.org');
    const reverted = await as('adminB', `mutation ($input: RevertChangeInput!) { revertChange(input: $input) }`, { input: { changeId: latest?.id } });
    expect(reverted.errors).toBeUndefined();
    expect((await current()).email).toBe('first@example.org');
    const after = (await as<History>('adminB', HISTORY, { slug: organisationB.slug })).data?.organisation.history ?? [];
    expect(after[0]).toMatchObject({ reverts: latest?.id, fields: [{ field: 'email', summary: 'changed the e-mail from “second@example.org” to “first@example.org”' }] });
  });

  it('shows the history only to the organisation’s admins', async () => {
    const history = await as<History>('adminA', HISTORY, { slug: fixture.tenants.organisationB.slug });
    expect(history.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(history.data?.organisation.history).toBeNull();
    const rows = await fixture.api.dataSource.query(`SELECT count(*)::int AS count FROM changes WHERE organisation_id = $1`, [fixture.tenants.organisationB.id]);
    expect(rows[0].count).toBeGreaterThan(0);
  });

  it('lets a platform admin add an organisation and archive it once it runs no group, out of the public list until restored', async () => {
    const CREATE = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id slug version archivedAt } }`;
    const ARCHIVE = `mutation ($input: EditInput!) { archiveOrganisation(input: $input) { version archivedAt } }`;
    const input = { slug: 'sorgstotte-bergen', name: 'Sorgstøtte Bergen', country: 'NO', defaultLanguage: 'NB' };
    expect((await as('adminA', CREATE, { input })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const created = await as<{ createOrganisation: { id: string; slug: string; version: number } }>('platformAdmin', CREATE, { input });
    expect(created.data?.createOrganisation).toMatchObject({ slug: 'sorgstotte-bergen', version: 1 });
    expect((await as('platformAdmin', CREATE, { input })).errors?.[0]?.extensions.code).toBe('SLUG_TAKEN');
    const listed = async () => ((await fixture.api.query<{ organisations: { slug: string }[] }>(`{ organisations { slug } }`)).data?.organisations ?? []).map((each) => each.slug);
    expect(await listed()).toContain('sorgstotte-bergen');

    const { organisationA } = fixture.tenants;
    const runningGroups = await fixture.api.dataSource.manager.countBy(GroupEntity, { organisationId: organisationA.id });
    const refused = await as('platformAdmin', ARCHIVE, { input: { id: organisationA.id, version: (await fixture.api.dataSource.manager.findOneByOrFail(OrganisationEntity, { id: organisationA.id })).version } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'ORGANISATION_RUNS_GROUPS', values: { count: runningGroups } });

    const id = created.data?.createOrganisation.id;
    const archived = await as<{ archiveOrganisation: { version: number; archivedAt: string } }>('platformAdmin', ARCHIVE, { input: { id, version: 1 } });
    expect(archived.data?.archiveOrganisation.archivedAt).toBe('2026-11-25T09:00:00.000Z');
    expect(await listed()).not.toContain('sorgstotte-bergen');
    await as('platformAdmin', `mutation ($input: EditInput!) { restoreOrganisation(input: $input) { version } }`, { input: { id, version: 2 } });
    expect(await listed()).toContain('sorgstotte-bergen');
  });
});
