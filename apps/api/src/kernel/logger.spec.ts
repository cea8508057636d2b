import { Writable } from 'node:stream';
import { createLogger, REDACTED_FIELDS } from './logger';

function logged(options: { logRedact?: string[]; logLevel?: 'info' | 'warn' }, write: (log: ReturnType<typeof createLogger>) => void): Record<string, unknown>[] {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  write(createLogger({ logLevel: options.logLevel ?? 'info', logRedact: options.logRedact ?? [] }, destination));
  return lines.join('').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('the logger', () => {
  it('writes JSON lines with the level in words, the time and the message', () => {
    const [line] = logged({}, (log) => log.info({ component: 'test', groupId: 'g1' }, 'a schedule cannot be expanded'));
    expect(line).toMatchObject({ level: 'info', component: 'test', groupId: 'g1', msg: 'a schedule cannot be expanded' });
    expect(new Date(String(line?.['time'])).toISOString()).toBe(line?.['time']);
  });

  it('censors personal data and secrets wherever they appear, down to five levels', () => {
    const [line] = logged({}, (log) =>
      log.warn(
        {
          email: 'karen@example.dk',
          user: { name: 'Karen Hansen', phone: '+45 12 34 56 78' },
          input: { deeper: { still: { password: 'hunter2-hunter2', fifth: { token: 'tok-123' } } } },
          headers: { cookie: 'session=abc', authorization: 'Bearer xyz', 'x-forwarded-for': '203.0.113.7', accept: 'application/json' },
          status: 200,
        },
        'request',
      ),
    );
    expect(line).toMatchObject({
      email: '[redacted]',
      user: { name: '[redacted]', phone: '[redacted]' },
      input: { deeper: { still: { password: '[redacted]', fifth: { token: '[redacted]' } } } },
      headers: { cookie: '[redacted]', authorization: '[redacted]', 'x-forwarded-for': '[redacted]', accept: 'application/json' },
      status: 200,
    });
    expect(REDACTED_FIELDS).toEqual(expect.arrayContaining(['email', 'phone', 'name', 'password', 'token', 'cookie', 'authorization']));
  });

  it('censors inside lists and objects of any class, and leaves the objects logged as they were', () => {
    class Person {
      constructor(
        readonly email: string,
        readonly role: string,
      ) {}
    }
    const headers = { cookie: 'session=abc', accept: 'application/json' };
    const [line] = logged({}, (log) => log.warn({ headers, people: [new Person('karen@example.dk', 'EDITOR')], at: new Date('2026-11-27T10:00:00Z') }, 'request'));
    expect(line).toMatchObject({ headers: { cookie: '[redacted]', accept: 'application/json' }, people: [{ email: '[redacted]', role: 'EDITOR' }], at: '2026-11-27T10:00:00.000Z' });
    expect(headers).toEqual({ cookie: 'session=abc', accept: 'application/json' });
  });

  it('censors the fields LOG_REDACT adds, and writes nothing below LOG_LEVEL', () => {
    const lines = logged({ logRedact: ['user-agent', 'groupId'], logLevel: 'warn' }, (log) => {
      log.info({ groupId: 'g1' }, 'not written');
      log.warn({ groupId: 'g1', headers: { 'user-agent': 'Karens-Phone/1.0' } }, 'written');
    });
    expect(lines).toEqual([expect.objectContaining({ msg: 'written', groupId: '[redacted]', headers: { 'user-agent': '[redacted]' } })]);
  });

  it('copies every line down to the copy’s own level to a second destination (the tests’ log capture), censored alike, while the first keeps to LOG_LEVEL', () => {
    const sink = () => {
      const lines: string[] = [];
      return { lines, write: (line: string) => void lines.push(line) };
    };
    for (const logLevel of ['warn', 'silent'] as const) {
      const [shown, copy] = [sink(), sink()];
      const log = createLogger({ logLevel, logRedact: [] }, shown, { destination: copy, level: 'debug' });
      log.debug({ email: 'karen@example.dk' }, 'looked closer');
      log.info('a request');
      log.warn('a warning');
      const messages = (lines: string[]) => lines.map((line) => JSON.parse(line) as Record<string, unknown>).map((line) => [line['msg'], line['email']]);
      expect({ logLevel, shown: messages(shown.lines), copy: messages(copy.lines) }).toEqual({
        logLevel,
        shown: logLevel === 'warn' ? [['a warning', undefined]] : [],
        copy: [
          ['looked closer', '[redacted]'],
          ['a request', undefined],
          ['a warning', undefined],
        ],
      });
    }
  });
});
