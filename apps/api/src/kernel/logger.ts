import pino, { type DestinationStream, type Level, type LevelWithSilent, type Logger } from 'pino';

/**
 * Fields that may hold personal data or secrets, censored wherever they appear in a log line's
 * fields (up to REDACT_DEPTH levels down). LOG_REDACT adds more. Messages are never censored:
 * they are constant texts, and whatever varies goes into fields.
 */
export const REDACTED_FIELDS: readonly string[] = [
  'email',
  'phone',
  'name',
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'sessionToken',
  'secret',
  'code',
  'recoveryCode',
  'cookie',
  'set-cookie',
  'authorization',
  'proxy-authorization',
  'x-forwarded-for',
  'forwarded',
  'x-real-ip',
  // A page's address may carry a token (a link from a mail).
  'referer',
  'ip',
  'clientAddress',
  'remoteAddress',
  'address',
  'variables',
  // What a visitor asking to join a group sends (issue 11): health data by association.
  'alias',
  'contact',
  'message',
];

export const CENSORED = '[redacted]';

const REDACT_DEPTH = 5;

/**
 * The fields of a line with every field named in `censored` written CENSORED, down to REDACT_DEPTH
 * levels (arrays count as one); objects on the way are copied, never changed (a request's headers
 * are logged as they are). One walk per line: pino's `redact`, given each name at every depth as
 * wildcard paths (150 of them), took 0.4 ms a line, seventy times the line itself.
 */
function censorFields(value: unknown, censored: ReadonlySet<string>, depth = 0): unknown {
  // Dates, buffers and errors are written by their own rules (toJSON, pino's serializers).
  if (depth >= REDACT_DEPTH || value === null || typeof value !== 'object' || value instanceof Error || typeof (value as { toJSON?: unknown }).toJSON === 'function') return value;
  if (Array.isArray(value)) return value.map((item: unknown) => censorFields(item, censored, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) copy[key] = censored.has(key) ? CENSORED : censorFields(field, censored, depth + 1);
  return copy;
}

export interface LoggerOptions {
  /** LOG_LEVEL. */
  logLevel: LevelWithSilent;
  /** LOG_REDACT: field names censored besides REDACTED_FIELDS. */
  logRedact: readonly string[];
}

/**
 * A second destination every line also goes to, down to its own level whatever LOG_LEVEL is: the
 * API test suite's capture of the whole log (testing/log-capture.ts), which LOG_LEVEL=warn would thin.
 */
export interface LogCopy {
  destination: DestinationStream;
  level: Level;
}

/** JSON lines, one per event, on stdout (`process.stdout` is looked up per write, so tests can capture it). */
export function createLogger({ logLevel, logRedact }: LoggerOptions, destination: DestinationStream = process.stdout, copy?: LogCopy): Logger {
  const censored = new Set([...REDACTED_FIELDS, ...logRedact]);
  const severity = (level: LevelWithSilent) => (level === 'silent' ? Infinity : (pino.levels.values[level] ?? Infinity));
  return pino(
    {
      // The logger writes what either destination takes; each destination keeps to its own level.
      level: copy && severity(copy.level) < severity(logLevel) ? copy.level : logLevel,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }), log: (fields) => censorFields(fields, censored) as Record<string, unknown> },
    },
    copy ? pino.multistream([...(logLevel === 'silent' ? [] : [{ level: logLevel, stream: destination }]), { level: copy.level, stream: copy.destination }]) : destination,
  );
}

let configured: { options: LoggerOptions; destination?: DestinationStream } = {
  // Until configured (main.ts does it from LOG_LEVEL), only warnings and errors: code that embeds the
  // server without configuring (the benchmark) writes no line per request.
  options: { logLevel: 'warn', logRedact: [] },
};
let copy: LogCopy | undefined;
let root: Logger = createLogger(configured.options);

/** main.ts (and the test API) set the level and the extra redacted fields from the configuration. */
export function configureLogger(options: LoggerOptions, destination?: DestinationStream): void {
  configured = { options, destination };
  root = createLogger(options, destination, copy);
}

/** Tests: every line from now on, however the log is configured, also to `to` (undefined: no more). */
export function copyLog(to: LogCopy | undefined): void {
  copy = to;
  root = createLogger(configured.options, configured.destination, copy);
}

export type LogFields = Record<string, unknown>;

/** What the code logs with: a constant message, and what varies in fields (censored by name). */
export interface Log {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** A part of the API's log (`component` in every line); it follows configureLogger. */
export function logger(component: string): Log {
  // A level that is off costs a comparison, not a copy of the fields (a line per request at info).
  const write = (level: Level) => (message: string, fields?: LogFields) => {
    if (root.isLevelEnabled(level)) root[level]({ component, ...fields }, message);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
