/** Request counts per action since the last reset (benchmarks count database requests per use case). */
export interface StatsSnapshot {
  since: string;
  total: number;
  actions: Record<string, number>;
}

export class RequestStats {
  private counts = new Map<string, number>();
  private since = new Date();

  count(action: string): void {
    this.counts.set(action, (this.counts.get(action) ?? 0) + 1);
  }

  snapshot(): StatsSnapshot {
    const actions: Record<string, number> = {};
    let total = 0;
    for (const [action, count] of [...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      actions[action] = count;
      total += count;
    }
    return { since: this.since.toISOString(), total, actions };
  }

  reset(): void {
    this.counts = new Map();
    this.since = new Date();
  }
}
