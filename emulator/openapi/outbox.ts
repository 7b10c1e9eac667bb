/** Every open-API call the emulator answered, for tests: GET /_emulator/outbox. */
export interface OutboxEntry {
  id: number;
  at: string;
  api: string;
  /** The caller's openid when known (X-WX-OPENID); WeChat identifies the recipient in the request. */
  caller?: string;
  /** Request parameters, snake_case as they reach WeChat. */
  request: Record<string, unknown>;
  /** WeChat's reply, snake_case (errcode 0 on success). */
  response: Record<string, unknown>;
  /** For mediaCheckAsync: the verdict WeChat would push later to the message callback. */
  asyncResult?: Record<string, unknown>;
}

const MAX_ENTRIES = 10000;

export class Outbox {
  private entries: OutboxEntry[] = [];
  private nextId = 1;

  record(entry: Omit<OutboxEntry, 'id' | 'at'>): OutboxEntry {
    const full: OutboxEntry = { id: this.nextId++, at: new Date().toISOString(), ...entry };
    this.entries.push(full);
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
    return full;
  }

  list(api?: string): OutboxEntry[] {
    return api ? this.entries.filter((entry) => entry.api === api) : [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }
}
