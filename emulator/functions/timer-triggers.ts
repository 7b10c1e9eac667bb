import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CronSchedule, parseCron } from './cron';

/** A function's timer trigger as its `config.json` (WeChat DevTools) or cloudbaserc.json (`tcb fn deploy`) declares it. */
export interface TimerTriggerConfig {
  name: string;
  type: 'timer';
  /** 7-field cron, Beijing time. */
  config: string;
}

export interface TimerTrigger extends TimerTriggerConfig {
  functionName: string;
  schedule: CronSchedule;
}

/** Trigger names: at most 60 characters, letters, digits, - and _, starting with a letter (WeChat docs "定时触发器"). */
const TRIGGER_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/;

/**
 * Checks a function's triggers as the platform does at deployment: a list of `{ name, type: 'timer', config }`
 * with valid names and cron expressions, and at most one per function ("目前仅支持一个触发器"). Throws
 * an Error naming the function and what is wrong.
 */
export function checkTriggers(functionName: string, triggers: unknown): TimerTrigger[] {
  const where = `function ${functionName}'s triggers`;
  if (!Array.isArray(triggers)) throw new Error(`${where}: "triggers" must be a list`);
  if (triggers.length > 1) throw new Error(`${where}: a function has at most one timer trigger (got ${triggers.length})`);
  return triggers.map((raw: unknown) => {
    const t = (raw ?? {}) as Record<string, unknown>;
    if (typeof t.name !== 'string' || !TRIGGER_NAME.test(t.name))
      throw new Error(`${where}: name ${JSON.stringify(t.name)} must be 1–60 letters, digits, - or _, starting with a letter`);
    if (t.type !== 'timer') throw new Error(`${where}: ${t.name} has type ${JSON.stringify(t.type)}; only "timer" exists`);
    if (typeof t.config !== 'string') throw new Error(`${where}: ${t.name} needs a cron expression in "config"`);
    let schedule: CronSchedule;
    try {
      schedule = parseCron(t.config);
    } catch (error) {
      throw new Error(`${where}: ${t.name}: ${(error as Error).message}`);
    }
    return { functionName, name: t.name, type: 'timer', config: t.config, schedule };
  });
}

/** The timer triggers of the function folders under `dir`: each `<dir>/<name>/config.json` with a "triggers" list. */
export function triggersFromDirectory(dir: string): Record<string, TimerTriggerConfig[]> {
  const root = path.resolve(dir);
  const found: Record<string, TimerTriggerConfig[]> = {};
  for (const name of readdirSync(root)) {
    const file = path.join(root, name, 'config.json');
    if (!existsSync(file)) continue;
    const config = JSON.parse(readFileSync(file, 'utf8')) as { triggers?: unknown };
    if (config.triggers !== undefined) found[name] = config.triggers as TimerTriggerConfig[];
  }
  return found;
}
