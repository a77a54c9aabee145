// A progress bar on stderr for `kg ingest`, only when a person is watching (TTY): documents done
// out of the expected total, rate and time left, redrawn in place a few times a second.
const REDRAW_MS = 200;
const WIDTH = 24;

export class ProgressBar {
  private lastDraw = 0;
  private shown = false;
  private readonly started = Date.now();

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private total: number,
  ) {}

  static forStderr(total: number): ProgressBar | undefined {
    return process.stderr.isTTY ? new ProgressBar(process.stderr, total) : undefined;
  }

  update(done: number, failed: number, force = false): void {
    const now = Date.now();
    if (!force && now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.total = Math.max(this.total, done);
    this.stream.write(`\r\x1b[K${renderProgress(done, failed, this.total, (now - this.started) / 1000)}`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}

export function renderProgress(done: number, failed: number, total: number, seconds: number): string {
  const fraction = total > 0 ? Math.min(done / total, 1) : 0;
  const filled = Math.round(fraction * WIDTH);
  const rate = seconds > 0 ? done / seconds : 0;
  const eta = rate > 0 && total > done ? formatDuration((total - done) / rate) : '--';
  const failures = failed > 0 ? `, ${failed} failed` : '';
  return `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} documents${failures}, ${rate.toFixed(1)}/s, ETA ${eta}`;
}

export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
