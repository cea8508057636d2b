import type { Level } from 'pino';
import type { TestPerson } from './test-people';

/**
 * The API test run's capture of the whole log: jest's global setup makes one file for the run and
 * names it in LOG_CAPTURE_ENV; each test file copies every line the API's logger writes into it
 * (log-capture.setup.ts), whatever LOG_LEVEL lets through to the console; the global teardown
 * fails the run when a test person's name, e-mail address or phone number is in it, or when it
 * caught nothing from the joining specs (log-capture.global-teardown.ts).
 */
export const LOG_CAPTURE_ENV = 'GROUPFINDER_TEST_LOG_CAPTURE';

/** Production's level (info: a line per request) and what an operator may turn on to look closer. */
export const CAPTURE_LEVEL: Level = 'debug';

/** The file beside the capture that lists the spec files that ran, one a line. */
export const specsFileOf = (capture: string) => `${capture}.specs`;

/** A captured line: the spec file that was running, a tab, the log line as written (ending in a newline). */
export const captureLine = (spec: string, line: string) => `${spec}\t${line.endsWith('\n') ? line : `${line}\n`}`;

/** The spec files whose API's log must be in the capture: those that ask the API to take people in. */
export const JOINING_API_SPEC = /(^|\/)apps\/api\/src\/joining\/[^/]+\.api\.spec\.ts$/;

export interface Finding {
  /** 1-based, in the capture file. */
  line: number;
  spec: string;
  what: 'name' | 'e-mail address' | 'phone number';
  /** Whose: `test person Ane Kjærbo`, or for a name several have, `the 10 test people named Ane` (made up, so safe to print). */
  person: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** Digits as people write a number: in groups split by spaces, dots, dashes, slashes, brackets or a plus. */
const DIGIT_RUN = /\d+(?:[\s.()/+-]{1,3}\d+)*/g;

interface Needles {
  /** Lower-case first names and surnames, each a whole word of a log line. */
  words: Map<string, TestPerson[]>;
  /** Lower-case e-mail local parts (`ane.kjaerbo`), in a line with or without the rest of the address; by their longest word, which a line must have to hold one. */
  mailboxes: Map<string, { mailbox: string; person: TestPerson }[]>;
  /** A number's digits as written nationally, with the country code, with 00 and with a trunk 0. */
  numbers: Map<string, TestPerson>;
}

function needlesOf(people: readonly TestPerson[]): Needles {
  const needles: Needles = { words: new Map(), mailboxes: new Map(), numbers: new Map() };
  for (const person of people) {
    for (const word of person.name.toLowerCase().match(WORD) ?? []) needles.words.set(word, [...(needles.words.get(word) ?? []), person]);
    const mailbox = person.email.toLowerCase().split('@')[0] as string;
    const key = (mailbox.match(WORD) ?? []).reduce((longest, word) => (word.length > longest.length ? word : longest), '');
    needles.mailboxes.set(key, [...(needles.mailboxes.get(key) ?? []), { mailbox, person }]);
    const [, country = '', rest = ''] = /^\+(\d+)\s(.*)$/.exec(person.phone) ?? [];
    const national = rest.replace(/\D/g, '');
    if (!country || national.length < 6) throw new Error(`A test person's phone number is written +<country> <number>: ${person.name}`);
    for (const digits of [national, `0${national}`, `${country}${national}`, `00${country}${national}`]) needles.numbers.set(digits, person);
  }
  return needles;
}

/** Where in one log line (its JSON escapes undone) the test people are. */
function findInLine(line: string, needles: Needles): { what: Finding['what']; person: string }[] {
  const text = (line.includes('\\u') ? line.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : line).toLowerCase();
  const found: { what: Finding['what']; person: string }[] = [];
  const words = new Set(text.match(WORD) ?? []);
  for (const word of words) {
    for (const { mailbox, person } of needles.mailboxes.get(word) ?? []) if (text.includes(mailbox)) found.push({ what: 'e-mail address', person: `test person ${person.name}` });
    const people = needles.words.get(word);
    if (!people) continue;
    // The whole name when it is there, else whose part it is, or how many share it.
    const whole = people.find((person) => text.includes(person.name.toLowerCase()));
    const one = whole ?? (people.length === 1 ? people[0] : undefined);
    const named = (people[0] as TestPerson).name.match(WORD)?.find((part) => part.toLowerCase() === word) ?? word;
    found.push({ what: 'name', person: one ? `test person ${one.name}` : `the ${people.length} test people named ${named}` });
  }
  for (const run of text.match(DIGIT_RUN) ?? []) {
    const groups = run.split(/\D+/).filter(Boolean);
    for (let start = 0; start < groups.length; start++) {
      let digits = '';
      for (let end = start; end < groups.length && digits.length <= 16; end++) {
        digits += groups[end];
        const person = needles.numbers.get(digits);
        if (person) found.push({ what: 'phone number', person: `test person ${person.name}` });
      }
    }
  }
  return found;
}

/** Each line of a capture that holds a test person's name, e-mail address or phone number, once per person and kind. */
export function findPeople(capture: string, people: readonly TestPerson[]): Finding[] {
  const needles = needlesOf(people);
  const findings: Finding[] = [];
  capture.split('\n').forEach((entry, index) => {
    if (!entry) return;
    const tab = entry.indexOf('\t');
    const spec = tab < 0 ? '(no spec)' : entry.slice(0, tab);
    const seen = new Set<string>();
    for (const { what, person } of findInLine(entry.slice(tab + 1), needles)) {
      if (seen.has(`${what}\u0000${person}`)) continue;
      seen.add(`${what}\u0000${person}`);
      findings.push({ line: index + 1, spec, what, person });
    }
  });
  return findings;
}

export interface CaptureCheck {
  /** The capture file's text. */
  capture: string;
  /** The spec files that ran (repository-relative). */
  specs: readonly string[];
  /** Whether tests were picked by name (`-t`): then a spec may have run none that start its API. */
  testsPicked: boolean;
}

const SHOWN = 20;

/** What is wrong with a run's capture, a sentence each (empty: nothing); never a captured line's text. */
export function captureProblems({ capture, specs, testsPicked }: CaptureCheck, people: readonly TestPerson[]): string[] {
  const problems: string[] = [];
  const findings = findPeople(capture, people);
  for (const finding of findings.slice(0, SHOWN)) problems.push(`line ${finding.line} (${finding.spec}): the ${finding.what} of ${finding.person}`);
  if (findings.length > SHOWN) problems.push(`… and ${findings.length - SHOWN} more`);
  const joining = specs.filter((spec) => JOINING_API_SPEC.test(spec));
  if (joining.length > 0 && !testsPicked) {
    const lines = capture.split('\n').filter(Boolean);
    if (lines.length === 0) problems.push(`the capture is empty: the API's log was not copied into it`);
    else for (const spec of joining) if (!lines.some((line) => line.startsWith(`${spec}\t`))) problems.push(`no line of the API's log was captured while ${spec} ran`);
  }
  return problems;
}
