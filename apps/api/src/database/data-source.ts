import { DataSource } from 'typeorm';
import { GroupEntity } from '../groups/group.entity';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { VenueEntity } from '../venues/venue.entity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { PlaceEntity } from '../places/place.entity';
import { Places1764000000000 } from './migrations/1764000000000-places';
import { GroupDetails1764100000000 } from './migrations/1764100000000-group-details';
import { InitialSchema1763900000000 } from './migrations/1763900000000-initial-schema';
import { SearchSpeed1764200000000 } from './migrations/1764200000000-search-speed';
import { Accounts1764300000000 } from './migrations/1764300000000-accounts';
import { VersionsAndHistory1764450000000 } from './migrations/1764450000000-versions-and-history';
import { MeetingsHorizon1764500000000 } from './migrations/1764500000000-meetings-horizon';
import { Archive1764600000000 } from './migrations/1764600000000-archive';
import { MunicipalityNames1764700000000 } from './migrations/1764700000000-municipality-names';
import { Joining1764800000000 } from './migrations/1764800000000-joining';
import { JoinQueue1764850000000 } from './migrations/1764850000000-join-queue';
import { JoinRetention1764900000000 } from './migrations/1764900000000-join-retention';
import { Embeds1765000000000 } from './migrations/1765000000000-embeds';
import { SearchKeyWords1765100000000 } from './migrations/1765100000000-search-key-words';
import { PostcodeAreas1765200000000 } from './migrations/1765200000000-postcode-areas';
import { SealedSecondFactor1765300000000 } from './migrations/1765300000000-sealed-second-factor';
import { WaitingListNotices1765400000000 } from './migrations/1765400000000-waiting-list-notices';
import { SecondFactorReset1765500000000 } from './migrations/1765500000000-second-factor-reset';
import { ChangeAuthorRole1765600000000 } from './migrations/1765600000000-change-author-role';
import { EmbedEntity } from '../embeds/embed.entity';
import { ChangeEntity } from '../history/change.entity';
import { UnitEntity } from '../units/unit.entity';
import { UserEntity } from '../users/user.entity';
import { MembershipEntity } from '../users/membership.entity';
import { SessionEntity } from '../auth/session.entity';
import { AccountTokenEntity } from '../auth/account-token.entity';
import { JoinRequestEntity } from '../joining/join-request.entity';
import { GroupMessageEntity } from '../joining/message.entity';

export const ENTITIES = [OrganisationEntity, MunicipalityEntity, VenueEntity, GroupEntity, MeetingEntity, PlaceEntity, UnitEntity, UserEntity, MembershipEntity, SessionEntity, AccountTokenEntity, ChangeEntity, JoinRequestEntity, GroupMessageEntity, EmbedEntity];
export const MIGRATIONS = [InitialSchema1763900000000, Places1764000000000, GroupDetails1764100000000, SearchSpeed1764200000000, Accounts1764300000000, VersionsAndHistory1764450000000, MeetingsHorizon1764500000000, Archive1764600000000, MunicipalityNames1764700000000, Joining1764800000000, JoinQueue1764850000000, JoinRetention1764900000000, Embeds1765000000000, SearchKeyWords1765100000000, PostcodeAreas1765200000000, SealedSecondFactor1765300000000, WaitingListNotices1765400000000, SecondFactorReset1765500000000, ChangeAuthorRole1765600000000];

export interface PoolOptions {
  /** The longest wait for a connection, a free one or a new one (DB_CONNECT_TIMEOUT_MS); default 15 s. */
  connectTimeoutMs?: number;
}

/** TypeORM over `pg`, the same for PGlite and PostgreSQL. Migrations run in the app, never synchronize. */
export function createDataSource(url: string, { connectTimeoutMs = 15_000 }: PoolOptions = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    // A database that does not answer fails a connection (pg-pool's timer runs from the ask: waiting for a
    // free connection, then opening one) and a query (stuck behind PGlite's single session, say) instead of
    // hanging. Requests wait much less (unavailable.ts); jobs and migrations may take up to this per statement.
    extra: { max: 10, connectionTimeoutMillis: connectTimeoutMs, query_timeout: 15_000 },
  });
}

export async function openDataSource(url: string, options: PoolOptions = {}): Promise<DataSource> {
  const dataSource = createDataSource(url, options);
  await dataSource.initialize();
  await dataSource.runMigrations();
  return dataSource;
}
