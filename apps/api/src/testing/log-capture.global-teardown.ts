import { readFileSync, rmSync } from 'node:fs';
import { captureProblems, LOG_CAPTURE_ENV, specsFileOf } from './log-capture';
import { TEST_PEOPLE } from './test-people';

/** Jest's global teardown, after every test file: the run fails when the capture shows a test person, or nothing. */
export default function globalTeardown(globalConfig: { testNamePattern?: string }): void {
  const capture = process.env[LOG_CAPTURE_ENV];
  if (!capture) return;
  delete process.env[LOG_CAPTURE_ENV];
  const specs = readFileSync(specsFileOf(capture), 'utf8').split('\n').filter(Boolean);
  const problems = captureProblems({ capture: readFileSync(capture, 'utf8'), specs, testsPicked: Boolean(globalConfig.testNamePattern) }, TEST_PEOPLE);
  if (problems.length > 0) {
    const error = new Error(
      `The API's log, captured for the whole run (kept at ${capture}), fails the check for personal data (test people: apps/api/src/testing/test-people.ts):\n` +
        problems.map((problem) => `  - ${problem}`).join('\n'),
    );
    // The sentence says it all; a stack of jest's internals would only bury it.
    error.stack = error.message;
    throw error;
  }
  rmSync(capture, { force: true });
  rmSync(specsFileOf(capture), { force: true });
}
