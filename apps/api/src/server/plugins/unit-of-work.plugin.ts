import type { ApolloServerPlugin } from '@apollo/server';
import type { DataSource } from 'typeorm';
import type { SessionService } from '../../auth/session.service';
import type { Context } from '../../kernel/context';
import { beginUnitOfWork } from '../unit-of-work';

/**
 * Each GraphQL request is one transaction (ARCHITECTURE.md, principle 2): begun with the viewer's
 * scope set for row-level security, committed as the response leaves, rolled back when a mutation
 * answers with an error, so that a refused change changes nothing.
 */
export function unitOfWorkPlugin({ dataSource, sessions }: { dataSource: DataSource; sessions: SessionService }): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue: context }) {
      const work = await beginUnitOfWork(dataSource);
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
        throw error;
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
