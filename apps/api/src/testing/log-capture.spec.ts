import { captureLine, captureProblems, findPeople } from './log-capture';
import type { TestPerson } from './test-people';

const ANE: TestPerson = { name: 'Ane Kjærbo', email: 'ane.kjaerbo@example.dk', phone: '+45 61 70 00 00' };
const HALINA: TestPerson = { name: 'Halina Wróblewska', email: 'halina.wroblewska@example.pl', phone: '+48 601 234 567' };
const PEOPLE = [ANE, HALINA];
const JOIN = 'apps/api/src/joining/join.api.spec.ts';

/** A log line as pino writes it, with `fields`, captured while `spec` ran. */
const logged = (fields: Record<string, unknown>, spec = JOIN) => captureLine(spec, `${JSON.stringify({ level: 'info', time: '2026-11-25T09:00:00.000Z', pid: 4242, component: 'http', msg: 'request', ...fields })}\n`);

const CLEAN = [
  logged({ method: 'POST', path: '/graphql', status: 200, durationMs: 61.7, headers: { 'x-forwarded-for': '[redacted]', 'content-length': '617000' } }),
  logged({ id: '61700001-6170-4000-8000-617000001234', at: 'askToJoin', reason: 'ECONNECTION', groupSlug: 'smart-recovery-parorendegruppe-gladsaxe', port: 61700 }),
].join('');

describe('the scan of the captured log', () => {
  it('finds nothing in the lines the API writes about requests, however many digits they hold', () => {
    expect(findPeople(CLEAN, PEOPLE)).toEqual([]);
  });

  it.each([
    ['a name as given', { alias: 'Ane Kjærbo' }, 'name', ANE],
    ['a surname alone, in capitals', { who: 'KJÆRBO' }, 'name', ANE],
    ['a name escaped in JSON', { text: 'Halina Wr\\u00f3blewska' }, 'name', HALINA],
    ['an e-mail address in another case', { contact: 'Ane.Kjaerbo@Example.DK' }, 'e-mail address', ANE],
    ['an e-mail address without its domain', { mailbox: 'ane.kjaerbo' }, 'e-mail address', ANE],
    ['a phone number as written', { contact: '+45 61 70 00 00' }, 'phone number', ANE],
    ['a phone number without spaces', { contact: '61700000' }, 'phone number', ANE],
    ['a phone number with the country code, no plus', { contact: '4561700000' }, 'phone number', ANE],
    ['a phone number with 00 and other groups', { contact: '0045 6170 0000' }, 'phone number', ANE],
    ['a phone number in a sentence with a date after it', { text: 'ring 61 70 00 00 2026-11-25' }, 'phone number', ANE],
    ['a Polish number in brackets and dashes', { contact: '(+48) 601-234-567' }, 'phone number', HALINA],
  ])('finds %s, naming the line, the spec and whose it is', (_case, fields, what, person) => {
    const capture = CLEAN + logged(fields, 'apps/api/src/joining/message.api.spec.ts') + CLEAN;
    expect(findPeople(capture, PEOPLE)).toEqual(expect.arrayContaining([{ line: 3, spec: 'apps/api/src/joining/message.api.spec.ts', what, person: `test person ${person.name}` }]));
    expect(findPeople(capture, PEOPLE).every((finding) => finding.line === 3)).toBe(true);
  });

  it('fails the run at a planted line, saying where and whose, never what the line says', () => {
    const planted = logged({ component: 'joining', msg: 'asked to join', contact: 'ane.kjaerbo@example.dk', note: 'secret-note-text' });
    const problems = captureProblems({ capture: CLEAN + planted, specs: [JOIN], testsPicked: false }, PEOPLE);
    expect(problems).toEqual([`line 3 (${JOIN}): the name of test person Ane Kjærbo`, `line 3 (${JOIN}): the e-mail address of test person Ane Kjærbo`]);
    expect(problems.join('\n')).not.toContain('secret-note-text');
    expect(captureProblems({ capture: CLEAN, specs: [JOIN], testsPicked: false }, PEOPLE)).toEqual([]);
  });

  it('names a name several test people have as theirs', () => {
    const namesakes = [ANE, { name: 'Ane Vindeløv', email: 'ane.vindeloev@example.dk', phone: '+45 61 70 00 20' }];
    expect(findPeople(logged({ who: 'ane' }), namesakes)).toEqual([{ line: 1, spec: JOIN, what: 'name', person: 'the 2 test people named Ane' }]);
    expect(findPeople(logged({ who: 'Ane Vindeløv' }), namesakes)).toEqual([
      { line: 1, spec: JOIN, what: 'name', person: 'test person Ane Vindeløv' },
    ]);
  });

  it('shows twenty findings and counts the rest', () => {
    const capture = Array.from({ length: 30 }, () => logged({ contact: '+45 61 70 00 00' })).join('');
    const problems = captureProblems({ capture, specs: [], testsPicked: false }, PEOPLE);
    expect(problems).toHaveLength(21);
    expect(problems[20]).toBe('… and 10 more');
  });

  it('fails a run whose joining specs ran but whose capture is empty, or holds nothing of one of them', () => {
    const message = 'apps/api/src/joining/message.api.spec.ts';
    expect(captureProblems({ capture: '', specs: [JOIN, message], testsPicked: false }, PEOPLE)).toEqual([`the capture is empty: the API's log was not copied into it`]);
    expect(captureProblems({ capture: CLEAN, specs: [JOIN, message], testsPicked: false }, PEOPLE)).toEqual([`no line of the API's log was captured while ${message} ran`]);
    // Tests picked by name may start no API; other specs need not log at all.
    expect(captureProblems({ capture: '', specs: [JOIN], testsPicked: true }, PEOPLE)).toEqual([]);
    expect(captureProblems({ capture: '', specs: ['apps/api/src/config.spec.ts', 'apps/api/src/joining/retention.spec.ts'], testsPicked: false }, PEOPLE)).toEqual([]);
  });
});
