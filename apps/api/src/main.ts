import 'reflect-metadata';
import { SessionService } from './auth/session.service';
import { createThrottle } from './auth/throttle';
import { loadConfig } from './config';
import { configureLogger, logger } from './kernel/logger';
import { startMailCatcher } from './mail/mail-catcher';
import { createMailer } from './mail/mailer';
import { createSmsSender } from './mail/sms';
import { openDataSource } from './database/data-source';
import { startDatabase } from './database/database';
import { loadDemoDataIfEmpty } from './database/demo-data';
import { startJobs } from './jobs/jobs';
import { meetingsRollForwardJob } from './jobs/meetings-roll-forward.job';
import { messageDeliveryJob } from './joining/message-delivery.job';
import { JoinNotifier, waitingNoticeJob } from './joining/notify';
import { MeetingService } from './meetings/meeting.service';
import { syncGazetteer } from './places/place.service';
import { startApiServer } from './server/server';
import { loadKeyRing } from './privacy/keys';
import { sealPlainSecrets } from './auth/second-factor';

const log = logger('api');

/** config → database → jobs → schema → server; nothing else. */
async function main(): Promise<void> {
  const config = loadConfig();
  configureLogger(config);
  const database = await startDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const dataSource = await openDataSource(database.url, { connectTimeoutMs: config.dbConnectTimeoutMs });
  if (await syncGazetteer(dataSource)) log.info('loaded the gazetteer into the places table');
  // The real time, or the instant CLOCK_NOW stops it at (journeys, demonstrations).
  const { clockNow } = config;
  const now = clockNow ? () => clockNow : () => new Date();
  if (clockNow) log.info('the clock stands still (CLOCK_NOW)', { clockNow: clockNow.toISOString() });
  // Without SMTP_URL (development, outside `npm start`) mail goes to a catcher in this process.
  const catcher = config.smtpUrl ? null : await startMailCatcher();
  if (catcher) log.info('no SMTP_URL: mail is caught in this process', { inbox: catcher.inboxUrl });
  const mailer = createMailer({ smtpUrl: config.smtpUrl ?? catcher?.smtpUrl ?? '', from: config.mailFrom });
  // Texts to people who gave a phone number: SMS_URL's gateway, else the catcher in this process, else none.
  const smsUrl = config.smsUrl ?? catcher?.smsUrl;
  const sms = smsUrl ? createSmsSender({ url: smsUrl, authorization: config.smsAuthorization }) : undefined;
  if (!sms) log.warn('no SMS_URL: people who give a phone number are sent no texts (no confirmation with their link, no news of their request)');
  // Failed sign-ins are counted in Redis when several processes serve the API, else in this one's memory.
  const throttle = createThrottle({ redisUrl: config.redisUrl, limits: config.joinLimits });
  // DATA_KEYS and BLIND_INDEX_KEY, or outside production the development key file (README, Keys).
  const keys = loadKeyRing(config.keys);
  // Authenticator secrets stored before they were sealed at rest are sealed before anyone signs in.
  const sealed = await sealPlainSecrets(dataSource, keys);
  if (sealed > 0) log.info('sealed the authenticator secrets stored in the clear', { count: sealed });
  // Demo accounts have a published password: never on a production server, even with demo data.
  const demoAccounts = config.environment !== 'production';
  if (config.demoData && (await loadDemoDataIfEmpty(dataSource, now(), { accounts: demoAccounts }))) {
    // Its meetings before the first request (a second on the demo data); the daily job rolls them forward.
    await new MeetingService(dataSource).refresh(undefined, now());
    log.info('loaded the demo data into the empty database');
  }
  // Scheduled work on the job queue (the meetings roll-forward, deleting what people sent on time), once however
  // many processes run; and work sent one piece at a time (delivering the messages visitors write to groups, telling those waiting for a group that it opened or ended).
  const jobs = await startJobs({ url: database.url, dataSource, now, queued: [messageDeliveryJob({ mailer, sms, keys }), waitingNoticeJob(new JoinNotifier({ mailer, sms, keys, dashboardUrl: config.dashboardUrl }))] });
  // Today's roll-forward of the meetings, unless it was sent already (by the schedule or another process):
  // it runs in the background, and a database never expanded is expanded whole. The server does not wait.
  await jobs.sendScheduledRun(meetingsRollForwardJob);
  const server = await startApiServer({
    dataSource,
    port: config.port,
    host: config.host,
    metricsPort: config.metricsPort,
    queueSizes: () => jobs.queueSizes(),
    production: config.environment === 'production',
    countCacheSeconds: config.countCacheSeconds,
    facetsWaitMs: config.facetsWaitMs,
    publicMaxAgeSeconds: config.publicMaxAgeSeconds,
    responseCacheSeconds: config.responseCacheSeconds,
    trustProxy: config.trustProxy,
    // Per client address, shared through Redis when there is one; 503 at once when saturated.
    rateLimit: { perMinute: config.rateLimitPerMinute, redisUrl: config.redisUrl },
    loadShedding: { maxInFlight: config.maxInFlight, maxEventLoopDelayMs: config.maxEventLoopDelayMs },
    now,
    // A database that does not answer in time: 503 at once rather than requests piling up.
    databaseTimeouts: { connectTimeoutMs: config.dbConnectTimeoutMs, statementTimeoutMs: config.dbStatementTimeoutMs },
    shutdownGraceSeconds: config.shutdownGraceSeconds,
    publicUrl: config.publicUrl,
    embedCacheSeconds: config.embedCacheSeconds,
    widgetDir: config.widgetDir,
    accessibilityEmail: config.accessibilityEmail,
    services: {
      sessions: new SessionService({ idleMinutes: config.sessionIdleMinutes, absoluteHours: config.sessionAbsoluteHours }),
      mailer,
      sms,
      dashboardUrl: config.dashboardUrl,
      throttle,
      keys,
      jobs,
      formMinSeconds: config.joinFormMinSeconds,
    },
  });
  log.info('GraphQL API listening', { url: server.url, metrics: server.metricsUrl, database: database.embedded ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL from DATABASE_URL' });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // No new connections from here; the requests in flight finish (for the grace at most) before anything they use is closed.
    log.info('stopping', { graceSeconds: config.shutdownGraceSeconds });
    await server.stop();
    await jobs.stop();
    mailer.close();
    await throttle.close();
    await catcher?.stop();
    await dataSource.destroy();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  log.error('failed to start', { error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
