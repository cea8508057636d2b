import type { ApolloServerPlugin } from '@apollo/server';
import type { DataSource } from 'typeorm';
import type { SessionService } from '../../auth/session.service';
import { DatabaseUnavailable, type RequestTimeouts } from '../../database/unavailable';
import type { Context } from '../../kernel/context';
import { beginUnitOfWork, type UnitOfWork } from '../unit-of-work';

/**
 * A database that is not there fails the request once its operation is known, not at its start:
 * then it is answered as any other error, in the caller's language (the locale plugin), with 503.
 */
function unavailable(error: unknown) {
  if (!(error instanceof DatabaseUnavailable)) throw error;
  return {
    async didResolveOperation(): Promise<void> {
      throw error;
    },
  };
}

/**
 * Each GraphQL request is one transaction (ARCHITECTURE.md, principle 2): begun with the viewer's
 * scope set for row-level security, committed as the response leaves, rolled back when a mutation
 * answers with an error, so that a refused change changes nothing.
 */
export function unitOfWorkPlugin({ dataSource, sessions, timeouts }: { dataSource: DataSource; sessions: SessionService; timeouts?: RequestTimeouts }): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue: context }) {
      let work: UnitOfWork;
      try {
        work = await beginUnitOfWork(dataSource, timeouts);
      } catch (error) {
        return unavailable(error);
      }
      try {
        context.db = work.db;
        context.asSystem = work.asSystem;
        context.becomeViewer = async (viewer) => {
          context.viewer = viewer;
          await work.setViewer(viewer);
        };
        const token = context.http.sessionToken;
        if (token) {
          const viewer = await work.asSystem((system) => sessions.viewerFor(system, token, context.now));
          if (viewer) await context.becomeViewer(viewer);
          else context.http.clearSessionCookie();
        }
      } catch (error) {
        await work.finish('rollback');
        return unavailable(error);
      }
      let mutation = false;
      return {
        async didResolveOperation({ operation }) {
          mutation = operation?.operation === 'mutation';
        },
        async willSendResponse({ response }) {
          const failed = response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0;
          await work.finish(mutation && failed ? 'rollback' : 'commit');
        },
      };
    },
  };
}
