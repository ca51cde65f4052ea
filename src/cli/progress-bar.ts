/** A one-line progress bar on a terminal (stderr), redrawn at most ten times a second. */
export class ProgressBar {
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly total: number,
    private readonly width = 24,
  ) {}

  update(done: number, label: string): void {
    const now = Date.now();
    if (now - this.lastDraw < 100 && done < this.total) return;
    this.lastDraw = now;
    const share = this.total === 0 ? 1 : Math.min(1, done / this.total);
    const filled = Math.round(share * this.width);
    const columns = this.stream.columns ?? 100;
    const line = `[${'#'.repeat(filled)}${'.'.repeat(this.width - filled)}] ${done}/${this.total} ${label}`;
    this.stream.write(`\r${line.slice(0, columns - 1).padEnd(Math.min(columns - 1, line.length))}\u001b[K`);
    this.drawn = true;
  }

  clear(): void {
    if (!this.drawn) return;
    this.stream.write('\r\u001b[K');
    this.drawn = false;
  }
}
