// The server's one clock of activity and the owner of every timer: each delay is named here, each timer has a
// key (one pending run per key), and an exception in a timer's work becomes a log line, never a dead server.

/** Every delay of the server, in milliseconds. */
export const DELAYS = {
  /** The longest wait after the last keystroke before a changed document is analysed again (see changeDebounceMs). */
  changeDebounce: 150,
  /**
   * Opens and closes that follow one another within this long are applied together: a storm of them (10,000 in half
   * a second) costs one update per document and spell, not one per message. A request applies them at once.
   */
  openCloseSpell: 20,
  /** How long after a change of the model its listeners run (diagnostics, status), gathering a burst of messages. */
  publish: 20,
  /** Refresh requests (semantic tokens, code lenses, inlay hints) are sent at most this often. */
  refresh: 300,
  /** Closed files' diagnostics wait for this pause in edits and requests... */
  closedFilesAfterQuiet: 60,
  /** ...or, while the edits go on, until one has waited this long. */
  closedFilesAtMost: 1000,
  /** The longest run of publishing closed files' diagnostics before other messages get their turn... */
  publishSlice: 8,
  /** ...and while edits or requests go on (a slice that is overdue). */
  busyPublishSlice: 2,
  /** The longest run of decoding files left for later by a snapshot, before other messages get their turn... */
  decodeSlice: 8,
  /**
   * ...which, once what an edit of the open documents needs is done, waits for this pause in requests and edits (what
   * they need is decoded for them at once).
   */
  decodeAfterQuiet: 60,
  /** The engine's snapshot is saved once requests and edits have paused this long (it blocks a while at 100k files). */
  saveAfterQuiet: 2000,
} as const;

/**
 * The wait before re-analysing a changed document scales with what re-analysing costs: about 1 ms per kilobyte, so
 * a typical draft is analysed at once while a very large one is not re-read on every keystroke of a burst.
 */
export function changeDebounceMs(textLength: number): number {
  return Math.min(DELAYS.changeDebounce, Math.floor(textLength / 1024));
}

type Handle =
  { kind: 'timeout'; id: ReturnType<typeof setTimeout> } | { kind: 'immediate'; id: ReturnType<typeof setImmediate> };

export class Scheduler {
  private lastActivity = 0;
  private readonly pending = new Map<string, Handle>();

  constructor(private readonly log: (message: string) => void) {}

  /** A keystroke, a request or a change of the model: background work waits for a pause in these. */
  noteActivity(): void {
    this.lastActivity = performance.now();
  }

  /** When the last activity was (performance.now()). */
  get lastActivityAt(): number {
    return this.lastActivity;
  }

  /** How long until `quietMs` have passed since the last activity (or since `since`, if later); ≤ 0: now. */
  quietIn(quietMs: number, since = 0): number {
    return Math.max(this.lastActivity, since) + quietMs - performance.now();
  }

  /**
   * Runs `work` after `ms` (on the next turn of the event loop when `ms` ≤ 0), replacing the run pending under the
   * same key.
   */
  schedule(key: string, ms: number, work: () => void): void {
    this.cancel(key);
    const run = (): void => {
      this.pending.delete(key);
      try {
        work();
      } catch (e) {
        this.log(`${key} failed: ${(e as Error).stack ?? e}`);
      }
    };
    this.pending.set(
      key,
      ms > 0 ? { kind: 'timeout', id: setTimeout(run, ms) } : { kind: 'immediate', id: setImmediate(run) },
    );
  }

  /** schedule(), unless a run is already pending under the key (then that one stands). */
  scheduleOnce(key: string, ms: number, work: () => void): void {
    if (!this.pending.has(key)) this.schedule(key, ms, work);
  }

  isPending(key: string): boolean {
    return this.pending.has(key);
  }

  cancel(key: string): void {
    const handle = this.pending.get(key);
    if (!handle) return;
    this.pending.delete(key);
    if (handle.kind === 'timeout') clearTimeout(handle.id);
    else clearImmediate(handle.id);
  }
}
