/**
 * Runs tasks at most `total` at a time and at most `perHost` at a time for any one host, so that a
 * curriculum with forty links to one site does not hammer it (and get answered 429) while other hosts wait.
 * Tasks start in the order given, except that a task whose host is busy lets the next ones pass.
 */
export class HostLimiter {
  private running = 0;
  private readonly perHostRunning = new Map<string, number>();
  private readonly waiting: { host: string; start: () => void }[] = [];

  constructor(
    private readonly total: number,
    private readonly perHost: number,
  ) {}

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    await new Promise<void>((start) => {
      this.waiting.push({ host, start });
      this.startWhatCan();
    });
    try {
      return await task();
    } finally {
      this.running--;
      this.perHostRunning.set(host, this.perHostRunning.get(host)! - 1);
      this.startWhatCan();
    }
  }

  private startWhatCan(): void {
    for (let i = 0; i < this.waiting.length && this.running < this.total; ) {
      const next = this.waiting[i]!;
      const busy = this.perHostRunning.get(next.host) ?? 0;
      if (busy >= this.perHost) {
        i++;
        continue;
      }
      this.waiting.splice(i, 1);
      this.running++;
      this.perHostRunning.set(next.host, busy + 1);
      next.start();
    }
  }
}
