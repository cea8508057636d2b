/**
 * Everything the process writes while it runs: console.* (jest replaces the console, so it is
 * wrapped too) and process.stdout/stderr. For tests that check what the API logs, never what it
 * should not (a person's address, name or token). Output still goes where it went.
 */
export interface CapturedOutput {
  text(): string;
  stop(): void;
}

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

export function captureOutput(): CapturedOutput {
  const chunks: string[] = [];
  const record = (value: unknown) => chunks.push(typeof value === 'string' ? value : value instanceof Uint8Array ? Buffer.from(value).toString() : String(value));
  const restores: (() => void)[] = [];
  for (const method of CONSOLE_METHODS) {
    const original = console[method];
    console[method] = (...values: unknown[]) => {
      values.forEach(record);
      original.apply(console, values);
    };
    restores.push(() => {
      console[method] = original;
    });
  }
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write;
    stream.write = function (this: typeof stream, chunk: unknown, ...rest: unknown[]) {
      record(chunk);
      return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as typeof stream.write;
    restores.push(() => {
      stream.write = original;
    });
  }
  return {
    text: () => chunks.join('\n'),
    stop: () => restores.forEach((restore) => restore()),
  };
}
