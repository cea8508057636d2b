import type { ApolloServerPlugin } from '@apollo/server';
import { isLocale, type Locale, type MessageValues } from '@groupfinder/translations';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../../kernel/context';
import { errorMessage, problemMessage } from '../../kernel/errors';
import type { FieldProblem } from '@groupfinder/domain';

/** The `locale` argument of the operation's first root field that has one: a literal (DA) or a variable. */
function askedLocale(operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): Locale | null {
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const argument = selection.arguments?.find((candidate) => candidate.name.value === 'locale');
    if (!argument) continue;
    const value = argument.value.kind === Kind.ENUM ? argument.value.value : argument.value.kind === Kind.VARIABLE ? variables?.[argument.value.name.value] : null;
    const locale = typeof value === 'string' ? value.toLowerCase() : null;
    if (isLocale(locale)) return locale;
  }
  return null;
}

/**
 * The request's language, decided in one place: a root field's `locale` argument, else the
 * Accept-Language the context started with. Error messages are written in it as the response leaves:
 * formatError (which cannot see the context) leaves each error's code and values for this plugin.
 */
export function localePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, contextValue }) {
          if (operation) contextValue.locale = askedLocale(operation, request.variables) ?? contextValue.locale;
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          // The values stay in extensions: a client may show them its own way ("try again in 15 minutes").
          response.body.singleResult.errors = errors.map((error) => {
            const { code, values, problems } = (error.extensions ?? {}) as { code?: string; values?: MessageValues; problems?: FieldProblem[] };
            const message = errorMessage(contextValue.locale, code ?? 'INTERNAL_SERVER_ERROR', values);
            if (!problems) return { ...error, message };
            const explained = problems.map((problem) => ({ ...problem, message: problemMessage(contextValue.locale, problem) }));
            return { ...error, message, extensions: { ...error.extensions, problems: explained } };
          });
        },
      };
    },
  };
}
