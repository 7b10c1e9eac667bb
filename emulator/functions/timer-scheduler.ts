import { nextFireTime } from './cron';
import type { TimerTrigger } from './timer-triggers';

/** setTimeout's longest delay; a later fire is re-armed when the wait ends. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * Fires timer triggers on their schedule, as the platform does (Beijing time), for `npm start`: each fire
 * gets the scheduled moment as its event's Time. Timers do not keep the process alive; stop() ends them.
 */
export class TimerScheduler {
  private readonly handles = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(
    private readonly fire: (trigger: TimerTrigger, scheduledAt: Date) => Promise<unknown>,
    private readonly now: () => number = Date.now,
  ) {}

  start(triggers: readonly TimerTrigger[]): void {
    for (const trigger of triggers) this.arm(trigger, new Date(this.now()));
  }

  private arm(trigger: TimerTrigger, after: Date): void {
    if (this.stopped) return;
    const at = nextFireTime(trigger.schedule, after);
    if (!at) return;
    const wait = (target: Date) => {
      const delay = Math.max(0, target.getTime() - this.now());
      const handle = setTimeout(
        () => {
          this.handles.delete(handle);
          if (this.stopped) return;
          if (target.getTime() > this.now() + 5) return wait(target);
          this.fire(trigger, target)
            .catch((error: unknown) => console.error(`[emulator] timer ${trigger.functionName}/${trigger.name} failed:`, error))
            .finally(() => this.arm(trigger, target));
        },
        Math.min(delay, MAX_DELAY_MS),
      );
      handle.unref();
      this.handles.add(handle);
    };
    wait(at);
  }

  stop(): void {
    this.stopped = true;
    for (const handle of this.handles) clearTimeout(handle);
    this.handles.clear();
  }
}
