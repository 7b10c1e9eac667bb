import path from 'node:path';
import type { IndexCatalog } from '../database/indexes-schema';
import type { CloudFunctionSource } from './functions/cloud-function';
import type { TimerTriggerConfig } from './functions/timer-triggers';
import type { StorageRulesSource } from './storage/storage-rules';
import type { StorageLimits } from './storage/storage-service';

export interface EmulatorOptions {
  /** TCP port; 0 picks a free one. Default 8790. */
  port?: number;
  /** Default 127.0.0.1 (the emulator is for this machine only). */
  host?: string;
  /** Directory for the journal and uploaded files; absent = everything in memory. */
  dataDir?: string;
  /** The collections and indexes file. Default: the repository's database/indexes.json. */
  indexesFile?: string;
  /** Collections and indexes given directly (instead of a file), e.g. by tests. */
  indexes?: IndexCatalog;
  /** Cloud functions: a name → main map, and/or a loader (see functionsFromDirectory). */
  functions?: CloudFunctionSource;
  /** Words that make security.msgSecCheck / mediaCheckAsync answer "risky". */
  contentCheckWords?: string[];
  /** Words that make them answer "review". */
  contentReviewWords?: string[];
  /** Environment id used in fileIDs and contexts (the emulator accepts requests for any env). */
  envId?: string;
  /** Mini-program appid reported as WX_APPID. */
  appid?: string;
  /** Key pair requests must be signed with. Default: the documented local pair. */
  secretId?: string;
  secretKey?: string;
  /** Largest SDK request body. Default 20 MB (a 16 MB document plus Extended JSON overhead). */
  maxBodyBytes?: number;
  /** Storage limits (size, types). */
  storage?: Partial<StorageLimits>;
  /** The storage security rules file client storage calls are held to. Default: the repository's database/storage-rules.json. */
  storageRulesFile?: string;
  /** Storage security rules given directly (instead of a file), e.g. by tests. */
  storageRules?: StorageRulesSource;
  /** Function timeout. Default 60 s, SCF's maximum. */
  functionTimeoutMs?: number;
  /**
   * Timer triggers by function, as each function's config.json declares them (`triggersFromDirectory(dir)`
   * reads them); checked at start like a deployment (names, 7-field cron, one per function).
   */
  triggers?: Record<string, TimerTriggerConfig[]>;
  /** Fire the timer triggers on their schedule (Beijing time), as production does. Default false: fire them by hand. */
  scheduleTimers?: boolean;
}

export const DEFAULT_PORT = 8790;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_MAX_BODY_BYTES = 20 * 1024 * 1024;
export const DEFAULT_FUNCTION_TIMEOUT_MS = 60_000;
export const DEFAULT_INDEXES_FILE = path.resolve(__dirname, '..', 'database', 'indexes.json');
export const DEFAULT_STORAGE_RULES_FILE = path.resolve(__dirname, '..', 'database', 'storage-rules.json');
