// When the language server's connection closes: restart it, unless it keeps crashing, and tell the
// user once (the first restart of the session), not once per restart. Pure: no VS Code import.

export interface CloseDecision {
  restart: boolean;
  /** What to tell the user now: 'restarted' the first time only, 'gave-up' when restarts stop. */
  notify: 'restarted' | 'gave-up' | null;
}

export class RestartPolicy {
  private readonly closes: number[] = [];
  private told = false;

  /**
   * @param maxRestarts restarts allowed within `windowMs` before giving up
   * @param now the clock, in milliseconds
   */
  constructor(
    private readonly maxRestarts = 5,
    private readonly windowMs = 3 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  onClose(): CloseDecision {
    const time = this.now();
    this.closes.push(time);
    while (this.closes.length > 0 && this.closes[0]! <= time - this.windowMs) this.closes.shift();
    if (this.closes.length > this.maxRestarts) return { restart: false, notify: 'gave-up' };
    const notify = this.told ? null : 'restarted';
    this.told = true;
    return { restart: true, notify };
  }
}
