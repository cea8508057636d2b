/**
 * The parts of apps/api the benchmark runs, loaded at run time from the API's own source.
 *
 * Why not `import`: the API is an app (the module boundaries forbid importing apps) and is
 * compiled with its own options (legacy decorators, decorator metadata, Node16 modules), which
 * the tools project's type-check would apply wrongly to the API's files. So the benchmark treats
 * the API as a black box with the small surface declared here, and `server.ts` is started with
 * the API's tsconfig so that its decorators are compiled as in `npm start`.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { DataSource, Logger } from 'typeorm';
import { ROOT } from './generate';

export interface ApiServer {
  url: string;
  stop(): Promise<void>;
}

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** What `searchTextOf` reads of a group. */
export interface SearchTextInput {
  name: Record<string, string | undefined>;
  description: Record<string, string | undefined>;
  practicalNotes: Record<string, string | undefined>;
  organisation?: { name: string };
  venue?: { name: string; street: string; postalCode: string; town: string } | null;
  municipality?: { name: string } | null;
  topics: string[];
  method: string | null;
}

/** How the API stores a field of a group (GROUP_COLUMNS of its write path). */
export interface ColumnOf {
  column: string;
  type: 'uuid' | 'text' | 'jsonb' | 'list' | 'int2' | 'bool' | 'date';
}

export interface Api {
  startDatabase(options: { databaseUrl: string | undefined; dataDir: string; maxConnections?: number }): Promise<Database>;
  createDataSource(url: string): DataSource;
  syncGazetteer(dataSource: DataSource): Promise<boolean>;
  startApiServer(options: {
    dataSource: DataSource;
    port: number;
    production: boolean;
    countCacheSeconds: number;
    responseCacheSeconds?: number;
    facetsWaitMs?: number | null;
    rateLimit?: { perMinute: number; redisUrl?: string; keyPrefix?: string };
    loadShedding?: { maxInFlight: number; maxEventLoopDelayMs: number };
    services: unknown;
  }): Promise<ApiServer>;
  /** The API's configuration from these variables (its defaults for the rest): the overload run reads its limits there. */
  loadConfig(env: Record<string, string>): { rateLimitPerMinute: number; maxInFlight: number; maxEventLoopDelayMs: number; redisUrl: string | undefined };
  /** What the API's services are built with; the benchmark signs nobody in and sends no mail. */
  services(): unknown;
  searchTextOf(group: SearchTextInput): string;
  localSlot(meeting: { start: string }): { localWeekday: number; localMinute: number };
  MeetingService: new (dataSource: DataSource) => {
    refresh(groupIds?: string[], now?: Date): Promise<void>;
    rollForward(now?: Date): Promise<RollForwardReport>;
    advanceNextMeetings(now?: Date): Promise<number>;
  };
  MEETING_HORIZON_DAYS: number;
  /** Where each field editors set is stored, as the write path writes it. */
  GROUP_COLUMNS: Record<string, ColumnOf>;
}

/** What MeetingService.rollForward reports. */
export interface RollForwardReport {
  groups: number;
  meetingsAdded: number;
  meetingsDeleted: number;
  nextMeetingsChanged: number;
  expandedUntil: Date | null;
  completed: boolean;
}

export type { Logger };

export function loadApi(): Api {
  const load = createRequire(__filename);
  const source = (file: string) => load(path.join(ROOT, 'apps/api/src', file)) as Record<string, unknown>;
  // type-graphql needs the metadata polyfill before any entity or resolver is loaded (as main.ts does).
  load('reflect-metadata');
  const database = source('database/database');
  const dataSource = source('database/data-source');
  const places = source('places/place.service');
  const server = source('server/server');
  const config = source('config');
  const searchText = source('groups/search-text');
  const meetings = source('meetings/meeting.service');
  const sessions = source('auth/session.service');
  const mailer = source('mail/mailer');
  const keys = source('privacy/testing');
  const groupWritePath = source('groups/editing/group-editing.service');
  return {
    startDatabase: database.startDatabase as Api['startDatabase'],
    createDataSource: dataSource.createDataSource as Api['createDataSource'],
    syncGazetteer: places.syncGazetteer as Api['syncGazetteer'],
    startApiServer: server.startApiServer as Api['startApiServer'],
    loadConfig: config.loadConfig as Api['loadConfig'],
    services: () => ({
      sessions: new (sessions.SessionService as new (lifetimes: { idleMinutes: number; absoluteHours: number }) => unknown)({ idleMinutes: 60, absoluteHours: 12 }),
      // Never used: nothing in a search sends mail. Port 9 (discard) on loopback, should it ever be.
      mailer: (mailer.createMailer as (options: { smtpUrl: string; from: string }) => unknown)({ smtpUrl: 'smtp://127.0.0.1:9', from: 'bench <bench@localhost>' }),
      dashboardUrl: 'http://localhost',
      // Keys of this process alone: nothing a search does seals anything.
      keys: (keys.testKeyRing as () => unknown)(),
    }),
    searchTextOf: searchText.searchTextOf as Api['searchTextOf'],
    localSlot: meetings.localSlot as Api['localSlot'],
    MeetingService: meetings.MeetingService as Api['MeetingService'],
    MEETING_HORIZON_DAYS: meetings.MEETING_HORIZON_DAYS as number,
    GROUP_COLUMNS: groupWritePath.GROUP_COLUMNS as Api['GROUP_COLUMNS'],
  };
}
