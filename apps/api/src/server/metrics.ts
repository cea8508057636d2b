import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Pool } from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { logger } from '../kernel/logger';
import { serverUrl } from './address';

const log = logger('metrics');

export interface MetricsSources {
  /** Its pg pool (TypeORM's postgres driver keeps it as `driver.master`, on PGlite's socket too). */
  dataSource: DataSource;
  /** Jobs waiting in each queue (pg-boss); omitted when this process runs no jobs (tests, the benchmark). */
  queueSizes?: () => Promise<Record<string, number>>;
}

/** What one request did, for the counters. */
export interface RequestOutcome {
  route: string;
  operationType: string;
  status: number;
  durationSeconds: number;
  errorCodes: readonly string[];
}

/** Prometheus metrics of one API server: requests, errors, the database pool, the job queues, and Node's own. */
export interface Metrics {
  readonly registry: Registry;
  record(outcome: RequestOutcome): void;
}

export function createMetrics({ dataSource, queueSizes }: MetricsSources): Metrics {
  // A registry per server, not prom-client's global one: tests start several servers in one process.
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const labelNames = ['route', 'operation_type', 'status'] as const;
  const requests = new Counter({ name: 'groupfinder_http_requests_total', help: 'HTTP requests answered, by route, GraphQL operation type (none before one is known) and status.', labelNames, registers: [registry] });
  const duration = new Histogram({
    name: 'groupfinder_http_request_duration_seconds',
    help: 'Time from a request’s arrival to its last byte sent, by route, GraphQL operation type and status.',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({ name: 'groupfinder_errors_total', help: 'Errors answered, by their code (extensions.code).', labelNames: ['code'], registers: [registry] });
  const pool = () => (dataSource.driver as unknown as { master?: Pool }).master;
  new Gauge({
    name: 'groupfinder_db_pool_connections',
    help: 'Connections the database pool holds (in use or idle).',
    registers: [registry],
    collect() {
      this.set(pool()?.totalCount ?? 0);
    },
  });
  new Gauge({
    name: 'groupfinder_db_pool_idle_connections',
    help: 'Connections the database pool holds idle.',
    registers: [registry],
    collect() {
      this.set(pool()?.idleCount ?? 0);
    },
  });
  new Gauge({
    name: 'groupfinder_db_pool_waiting_requests',
    help: 'Queries waiting for a connection from the database pool.',
    registers: [registry],
    collect() {
      this.set(pool()?.waitingCount ?? 0);
    },
  });
  if (queueSizes) {
    new Gauge({
      name: 'groupfinder_job_queue_depth',
      help: 'Jobs queued and not yet started, by queue.',
      labelNames: ['queue'],
      registers: [registry],
      async collect() {
        try {
          for (const [queue, size] of Object.entries(await queueSizes())) this.set({ queue }, size);
        } catch (error) {
          // A scrape while the database is away still answers, with the depths last read.
          log.warn('could not read the job queues', { error: error instanceof Error ? error.message : String(error) });
        }
      },
    });
  }
  return {
    registry,
    record({ route, operationType, status, durationSeconds, errorCodes }) {
      const labels = { route, operation_type: operationType, status: String(status) };
      requests.inc(labels);
      duration.observe(labels, durationSeconds);
      for (const code of errorCodes) errors.inc({ code });
    },
  };
}

export interface MetricsServer {
  /** http://host:port/metrics */
  url: string;
  stop(): Promise<void>;
}

/** GET /metrics on a port of its own (METRICS_PORT), so that it is never exposed with the API. */
export async function startMetricsServer(metrics: Metrics, { host, port }: { host: string; port: number }): Promise<MetricsServer> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    metrics.registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
      (error: unknown) => {
        log.error('could not collect the metrics', { error: error instanceof Error ? error.message : String(error) });
        response.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return {
    url: serverUrl(host, (server.address() as AddressInfo).port, '/metrics'),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
