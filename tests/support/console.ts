type Level = 'warn' | 'error';

/** Records console.warn or console.error calls until `restore()`; tests assert on them. */
export function captureConsole(level: Level) {
  const original = console[level];
  const calls: unknown[][] = [];
  console[level] = (...args: unknown[]) => {
    calls.push(args);
  };
  /** Each call as one string, its arguments joined by spaces. */
  const messages = () => calls.map((args) => args.map(String).join(' '));
  return {
    calls,
    messages,
    text: () => messages().join('\n'),
    restore: () => {
      console[level] = original;
    },
  };
}
