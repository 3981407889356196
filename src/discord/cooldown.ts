/**
 * Per-user flood control: at most `limit` actions per `windowMs` (a sliding window). Returns how
 * long to wait; 0 means go ahead. Memory stays bounded: users idle for a window are forgotten.
 */
export class Cooldown {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(userId: string): number {
    const t = this.now();
    const recent = (this.hits.get(userId) ?? []).filter((at) => t - at < this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(userId, recent);
      return (recent[0] ?? t) + this.windowMs - t;
    }
    recent.push(t);
    this.hits.set(userId, recent);
    if (this.hits.size > 10_000) this.sweep(t);
    return 0;
  }

  private sweep(t: number): void {
    for (const [user, times] of this.hits) {
      if (times.every((at) => t - at >= this.windowMs)) this.hits.delete(user);
    }
  }
}

export function cooldownMessage(waitMs: number): string {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return `You're asking faster than I can keep up. Please wait ${seconds} second${seconds === 1 ? '' : 's'} and try again.`;
}
