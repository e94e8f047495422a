/** What a test heard on one console level, with the messages about one thing picked out. */
export interface Heard {
  messages: string[];
  about(text: string): string[];
}

/** An argument as text; "(not text)" for one whose conversion throws (a hostile value, logged as it came). */
function asText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '(not text)';
  }
}

/**
 * Replaces `console[level]` (of `target`, a frame's window for script-tag pages) with a recorder until
 * `restore()`: for recording around every test of a file (beforeEach/afterEach). Lit's own dev-mode
 * notes are recorded too.
 */
export function recordConsole(level: 'warn' | 'error', target: { console: Console } = window) {
  const original = target.console[level];
  const messages: string[] = [];
  target.console[level] = (...args: unknown[]) => {
    messages.push(args.map(asText).join(' '));
  };
  return {
    messages,
    about: (text: string) => messages.filter((message) => message.includes(text)),
    restore: () => {
      target.console[level] = original;
    },
  };
}

/** Runs `body` with `console[level]` recorded (and kept quiet), restoring it however `body` ends; resolves to what was heard. */
export async function captureConsole(
  level: 'warn' | 'error',
  body: (heard: Heard) => unknown,
  target: { console: Console } = window,
): Promise<Heard> {
  const recorder = recordConsole(level, target);
  try {
    await body(recorder);
  } finally {
    recorder.restore();
  }
  return recorder;
}
