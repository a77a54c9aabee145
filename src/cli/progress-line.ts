// A one-line progress report on stderr for long runs, only when a person is watching (TTY):
// redrawn in place at most a few times a second, erased before any other message.
const REDRAW_MS = 250;

export class ProgressLine {
  private lastDraw = 0;
  private shown = false;
  private readonly started = Date.now();

  constructor(private readonly stream: NodeJS.WriteStream) {}

  static forStderr(): ProgressLine | undefined {
    return process.stderr.isTTY ? new ProgressLine(process.stderr) : undefined;
  }

  update(documents: number, chars: number): void {
    const now = Date.now();
    if (now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const mb = chars / 1e6;
    this.stream.write(`\r\x1b[K${documents} documents, ${mb.toFixed(1)} MB of text, ${(mb / seconds).toFixed(2)} MB/s`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}
