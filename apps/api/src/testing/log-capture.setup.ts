import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { copyLog } from '../kernel/logger';
import { CAPTURE_LEVEL, captureLine, LOG_CAPTURE_ENV, specsFileOf } from './log-capture';

// Each test file: every line of the API's log, from before its first test to after its last, also
// into the run's capture (log-capture.ts), whatever the console shows. Appended a line at a time
// (O_APPEND), so that files run by several workers do not overwrite each other's lines.
const capture = process.env[LOG_CAPTURE_ENV];
if (capture) {
  const repository = path.resolve(__dirname, '../../../..');
  const spec = path.relative(repository, expect.getState().testPath ?? '(unknown spec)');
  appendFileSync(specsFileOf(capture), `${spec}\n`);
  copyLog({ level: CAPTURE_LEVEL, destination: { write: (line: string) => appendFileSync(capture, captureLine(spec, line)) } });
}
