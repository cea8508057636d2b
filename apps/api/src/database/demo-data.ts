import { COUNTRY_TIME_ZONES, normaliseGroupFields, type GroupFields } from '@groupfinder/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { GroupEditingService } from '../groups/editing/group-editing.service';
import { HistoryService } from '../history/history.service';
import { PLATFORM_AUTHOR } from '../kernel/context';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PlaceService } from '../places/place.service';
import { VenueEditingService } from '../venues/editing/venue-editing.service';
import type { VenueEntity } from '../venues/venue.entity';
import { insertDemoAccounts, insertDemoAccountsIntoOlderDemoData } from './demo-accounts';
import { demoGroups, MUNICIPALITIES, NEIGHBOURS, ORGANISATIONS, type GroupSeed } from './seed/demo-seed';

/*
 * Loads the demo data of seed/demo-seed.ts: venues and groups through the write path editors use
 * (the same rules, derived values and history), organisations and municipalities as reference data.
 */

/**
 * A seed group as the fields every editor saves (GroupFields), so that the demo data obeys the write
 * path's rules (groupProblems) and reads as what an editor would have entered.
 */
export function demoGroupFields(seed: GroupSeed, where: { timeZone: string; venueId: string | null; municipalityId: string | null }): GroupFields {
  return normaliseGroupFields({
    slug: seed.slug,
    unitId: null,
    venueId: where.venueId,
    municipalityId: where.municipalityId,
    name: seed.name,
    description: seed.description ?? {},
    practicalNotes: seed.practicalNotes ?? {},
    intakeText: seed.intakeText ?? {},
    topics: seed.topics,
    audience: seed.audience,
    ageBand: seed.ageBand ?? null,
    ageMin: seed.ageRange?.[0] ?? null,
    ageMax: seed.ageRange?.[1] ?? null,
    format: seed.format,
    onlineJoinUrl: seed.onlineJoin?.url ?? null,
    onlineJoinOnRequest: seed.onlineJoin?.onRequest ?? false,
    languages: seed.languages,
    method: seed.method ?? null,
    promises: seed.promises ?? [],
    facilitatorCount: seed.facilitatorCount ?? 0,
    starterMeetings: seed.starterMeetings ?? null,
    schedule: seed.schedule ? { timeZone: where.timeZone, exdates: [], rdates: [], moves: [], pauses: [], ...seed.schedule } : null,
    enrolment: seed.enrolment,
    formingMinimum: seed.formingMinimum ?? null,
    sizeMin: seed.size?.[0] ?? null,
    sizeMax: seed.size?.[1] ?? null,
    placesLeft: seed.placesLeft ?? null,
    waitingList: seed.waitingList ?? false,
    pausedUntil: seed.pausedUntil ?? null,
    contactName: seed.contact?.name ?? null,
    contactPhone: seed.contact?.phone ?? null,
    contactEmail: seed.contact?.email ?? null,
    contactUrl: seed.contact?.url ?? null,
  });
}

async function insertAll(manager: EntityManager, now: Date): Promise<void> {
  const organisations = new Map<string, OrganisationEntity>();
  for (const seed of ORGANISATIONS) {
    organisations.set(seed.slug, await manager.save(manager.create(OrganisationEntity, { website: null, phone: null, email: null, ...seed })));
  }
  const municipalities = new Map<string, MunicipalityEntity>();
  for (const [country, code, name] of MUNICIPALITIES) {
    municipalities.set(`${country}:${code}`, await manager.save(manager.create(MunicipalityEntity, { country, code, name })));
  }
  for (const [one, other] of NEIGHBOURS) {
    const [a, b] = [municipalities.get(one)?.id, municipalities.get(other)?.id];
    await manager.query(`INSERT INTO municipality_neighbours (municipality_id, neighbour_id) VALUES ($1, $2), ($2, $1)`, [a, b]);
  }
  // Venues and groups through the write path editors use: the same rules, derived values and history.
  const history = new HistoryService();
  const venueWritePath = new VenueEditingService(history, new PlaceService());
  const groupWritePath = new GroupEditingService(history);
  const venues = new Map<string, VenueEntity>();
  for (const seed of demoGroups(now)) {
    const organisation = organisations.get(seed.organisation);
    if (!organisation) throw new Error(`Demo data: unknown organisation ${seed.organisation}`);
    let venue: VenueEntity | null = null;
    if (seed.venue) {
      const key = `${organisation.id}:${seed.venue.name}`;
      venue =
        venues.get(key) ??
        (await venueWritePath.create(manager, PLATFORM_AUTHOR, organisation.id, { accessibility: [], transportNotes: {}, ...seed.venue }, now));
      venues.set(key, venue);
    }
    const municipality = seed.municipality ? municipalities.get(seed.municipality.join(':')) : undefined;
    if (seed.municipality && !municipality) throw new Error(`Demo data: unknown municipality ${seed.municipality.join(':')}`);
    const fields = demoGroupFields(seed, { timeZone: COUNTRY_TIME_ZONES[organisation.country], venueId: venue?.id ?? null, municipalityId: municipality?.id ?? null });
    await groupWritePath.create(manager, PLATFORM_AUTHOR, organisation.id, fields, now, { isDemo: seed.isDemo });
  }
}

/**
 * Loads the demo data in one transaction when there are no organisations yet, the invented
 * groups' dates relative to `now`. Says whether it did. The caller expands the meetings
 * (MeetingService.refresh), as after any change. With `accounts` (the default), also the demo
 * accounts of DEMO_ACCOUNTS; tests of people and roles leave them out to count only their own.
 */
export async function loadDemoDataIfEmpty(dataSource: DataSource, now = new Date(), { accounts = true }: { accounts?: boolean } = {}): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    // Serialise concurrent starts on one server: the second waits, then finds the data there.
    await manager.query('LOCK TABLE organisations IN EXCLUSIVE MODE');
    if ((await manager.count(OrganisationEntity)) > 0) {
      if (accounts) await insertDemoAccountsIntoOlderDemoData(manager);
      return false;
    }
    await insertAll(manager, now);
    // One account per role to try the dashboard with (printed by `npm start`).
    if (accounts) await insertDemoAccounts(manager);
    return true;
  });
}
