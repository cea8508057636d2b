import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOG_CAPTURE_ENV, specsFileOf } from './log-capture';

/** Jest's global setup: one capture file for the whole run, named to every test file (workers inherit the environment). */
export default function globalSetup(): void {
  const capture = path.join(os.tmpdir(), `groupfinder-api-log-${process.pid}-${Date.now()}.log`);
  writeFileSync(capture, '');
  writeFileSync(specsFileOf(capture), '');
  process.env[LOG_CAPTURE_ENV] = capture;
}
