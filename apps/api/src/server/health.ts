import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { databaseAnswers } from '../database/unavailable';

/**
 * Two questions a load balancer or orchestrator asks, answered apart:
 * - `GET /health`, liveness: the process lives and answers HTTP. Never asks the database, so that a
 *   database outage does not get every API process restarted;
 * - `GET /ready`, readiness: the database answers `SELECT 1` within DB_CONNECT_TIMEOUT_MS
 *   (200), or not (503): send this process no requests for now.
 */
export function healthRoutes(dataSource: DataSource, connectTimeoutMs: number): Router {
  const router = Router();
  router.get('/health', (_request, response) => {
    response.json({ status: 'ok' });
  });
  router.get('/ready', async (_request, response) => {
    const ready = dataSource.isInitialized && (await databaseAnswers(dataSource.createQueryRunner(), connectTimeoutMs));
    response
      .status(ready ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({ status: ready ? 'ready' : 'unavailable' });
  });
  return router;
}
