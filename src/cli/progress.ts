/** Where progress goes: stderr, and only when a person is watching it. */
export interface ProgressOutput {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

/**
 * A one-line counter on a terminal ("[12/340] article.txt"), redrawn in place and erased at the end,
 * so that piped output and logs stay clean. Silent when the output is not a terminal or when there
 * is only one input.
 */
export class Progress {
  private shown = false;
  private lastDrawn = 0;

  constructor(
    private readonly output: ProgressOutput,
    private readonly total: number | undefined,
    private readonly minimumInputs = 2,
  ) {}

  private get enabled(): boolean {
    return Boolean(this.output.isTTY) && (this.total === undefined || this.total >= this.minimumInputs);
  }

  /** Reports that input number `done` (1-based) named `name` is being worked on. */
  update(done: number, name: string): void {
    if (!this.enabled) return;
    // Redrawing costs a write per input; a few per second is enough for a person to follow.
    const now = Date.now();
    if (this.shown && now - this.lastDrawn < 100 && done !== this.total) return;
    this.lastDrawn = now;
    const counter = this.total === undefined ? `[${done}]` : `[${done}/${this.total}]`;
    const room = Math.max(10, (this.output.columns || 80) - counter.length - 2);
    const label = name.length > room ? `…${name.slice(name.length - room + 1)}` : name;
    this.output.write(`\r\u001b[2K${counter} ${label}`);
    this.shown = true;
  }

  /** Erases the counter line, before anything else is written to the same terminal or at the end. */
  clear(): void {
    if (!this.shown) return;
    this.output.write('\r\u001b[2K');
    this.shown = false;
  }
}
