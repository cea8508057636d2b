import type { ApolloServerPlugin } from '@apollo/server';
import { isLocale, translate, type Locale, type MessageKey, type MessageValues } from '@groupfinder/translations';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../../kernel/context';
import { AppError, errorMessage, problemMessage } from '../../kernel/errors';
import type { FieldProblem } from '@groupfinder/domain';

/** The `locale` arguments of the operation's root fields: a literal (DA) or a variable. */
function askedLocales(operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): Set<Locale> {
  const asked = new Set<Locale>();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const argument = selection.arguments?.find((candidate) => candidate.name.value === 'locale');
    if (!argument) continue;
    const value = argument.value.kind === Kind.ENUM ? argument.value.value : argument.value.kind === Kind.VARIABLE ? variables?.[argument.value.name.value] : null;
    const locale = typeof value === 'string' ? value.toLowerCase() : null;
    if (isLocale(locale)) asked.add(locale);
  }
  return asked;
}

/** A field's name in words, as history lines say it; its API name when it has none. */
function fieldLabel(locale: Locale, field: string): string {
  try {
    return translate(locale, `field.${field}` as MessageKey);
  } catch {
    return field;
  }
}

/**
 * The request's language, decided in one place: the root fields' `locale` argument, else the
 * Accept-Language the context started with. Root fields asking for different languages are refused
 * (CONFLICTING_LOCALES): every label of the answer is written in one, and mixing them would answer
 * one field in the other's language. Error messages are written in it as the response leaves:
 * formatError (which cannot see the context) leaves each error's code and values for this plugin.
 */
export function localePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, contextValue }) {
          if (!operation) return;
          const asked = askedLocales(operation, request.variables);
          if (asked.size > 1) throw new AppError('CONFLICTING_LOCALES', { languages: [...asked].map((locale) => locale.toUpperCase()).join(', ') }, { http: { status: 400 } });
          contextValue.locale = [...asked][0] ?? contextValue.locale;
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          // The values stay in extensions: a client may show them its own way ("try again in 15 minutes").
          response.body.singleResult.errors = errors.map((error) => {
            const { code, values, problems, fieldNames } = (error.extensions ?? {}) as { code?: string; values?: MessageValues; problems?: FieldProblem[]; fieldNames?: string[] };
            // Fields an error names (fieldNames) are said as the history says them ("the name"), not as the API spells them.
            const named = fieldNames ? { ...values, fields: fieldNames.map((field) => fieldLabel(contextValue.locale, field)).join(', ') } : values;
            const message = errorMessage(contextValue.locale, code ?? 'INTERNAL_SERVER_ERROR', named);
            if (!problems) return { ...error, message };
            const explained = problems.map((problem) => ({ ...problem, message: problemMessage(contextValue.locale, problem) }));
            return { ...error, message, extensions: { ...error.extensions, problems: explained } };
          });
        },
      };
    },
  };
}
