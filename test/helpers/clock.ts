/**
 * A fake clock for `setTimeout`/`clearTimeout` until `restore()`: nothing scheduled runs until `tick(ms)`
 * moves the clock, so a test of a delay (the FAQ's 800 ms before it tells analytics) runs at once and
 * can say "not yet" one millisecond before. Mocha keeps its own timers; `waitUntil` does not work meanwhile.
 */
export function fakeTimers() {
  const { setTimeout: realSet, clearTimeout: realClear } = window;
  const due = new Map<number, { at: number; run: () => void }>();
  let now = 0;
  let last = 0;
  window.setTimeout = ((callback: (...args: unknown[]) => void, delay = 0, ...args: unknown[]) => {
    last += 1;
    due.set(last, { at: now + Math.max(0, Number(delay) || 0), run: () => callback(...args) });
    return last;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => void due.delete(id!)) as typeof window.clearTimeout;
  return {
    /** Moves the clock on by `ms`, running what falls due on the way, earliest first. */
    tick(ms: number) {
      const end = now + ms;
      for (;;) {
        let next: [number, { at: number; run: () => void }] | undefined;
        for (const entry of due) if (entry[1].at <= end && (!next || entry[1].at < next[1].at)) next = entry;
        if (!next) break;
        due.delete(next[0]);
        now = next[1].at;
        next[1].run();
      }
      now = end;
    },
    restore() {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    },
  };
}
