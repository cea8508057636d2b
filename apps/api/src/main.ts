import 'reflect-metadata';
import { loadConfig } from './config';
import { openDataSource } from './database/data-source';
import { startDatabase } from './database/database';
import { loadDemoDataIfEmpty } from './database/demo-data';
import { MeetingService } from './meetings/meeting.service';
import { syncGazetteer } from './places/place.service';
import { startApiServer } from './server/server';

/** config → database → schema → server; nothing else. */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await startDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const dataSource = await openDataSource(database.url);
  if (await syncGazetteer(dataSource)) console.log('[api] loaded the gazetteer into the places table');
  const meetings = new MeetingService(dataSource);
  if (config.demoData && (await loadDemoDataIfEmpty(dataSource))) console.log('[api] loaded the demo data into the empty database');
  // The meetings table looks a few months ahead: roll it forward now and every hour.
  await meetings.refresh();
  const rollForward = setInterval(() => void meetings.refresh().catch(() => console.error('[api] could not refresh the meetings')), 60 * 60 * 1000);
  rollForward.unref();
  const server = await startApiServer({ dataSource, port: config.port, production: config.environment === 'production', countCacheSeconds: config.countCacheSeconds });
  console.log(`[api] GraphQL API on ${server.url} (${database.embedded ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL from DATABASE_URL'})`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    clearInterval(rollForward);
    await server.stop();
    await dataSource.destroy();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('[api] failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
