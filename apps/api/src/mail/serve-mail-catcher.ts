/**
 * The mail catcher as a process of its own, for `npm start` (tools may not import the API's code),
 * taking texts on `/sms` of its web port too:
 *   node -r @swc-node/register src/mail/serve-mail-catcher.ts --smtp-port 1025 --web-port 1080
 * Stops on SIGINT or SIGTERM.
 */
import { parseArgs } from 'node:util';
import { configureLogger, logger } from '../kernel/logger';
import { startMailCatcher } from './mail-catcher';

const log = logger('mail');

async function main(): Promise<void> {
  // A development tool: its one line says where the mail goes.
  configureLogger({ logLevel: 'info', logRedact: [] });
  const { values } = parseArgs({ options: { 'smtp-port': { type: 'string', default: '1025' }, 'web-port': { type: 'string', default: '1080' } } });
  const catcher = await startMailCatcher({ smtpPort: port(values['smtp-port']), httpPort: port(values['web-port']) });
  log.info('catching mail and texts', { smtp: catcher.smtpUrl, sms: catcher.smsUrl, inbox: catcher.inboxUrl });
  const stop = () => void catcher.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function port(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) throw new Error(`Invalid port: ${value}`);
  return parsed;
}

main().catch((error: unknown) => {
  log.error('failed to start', { error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
