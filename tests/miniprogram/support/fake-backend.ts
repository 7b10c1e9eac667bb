/**
 * The backend as the page tests see it: the real service client (request checked and reply parsed with
 * the bundled shared contracts, exactly as on the phone) over a fake transport that answers each
 * `fn.action` from a table and counts every call — so "the first screen costs one call" is a count.
 * A reply can be a value, a function of the request, `offline()` (no network), or `hold()` (a reply
 * that arrives when the test releases it: the loading state). Photo uploads are recorded and answered with
 * a fileID, or fail as the test says.
 */
import { createServiceClient } from '../../../miniprogram/services/service-client';
import { createSession } from '../../../miniprogram/services/session';
import { TransportError, type Transport } from '../../../miniprogram/services/transport';
import type { Services } from '../../../miniprogram/services/services';
import { setOnline, wxState } from './fake-wx';

export interface Call {
  fn: string;
  action: string;
  data: unknown;
}

const OFFLINE = Symbol('offline');
export type Reply = unknown | typeof OFFLINE | Held | ((data: unknown) => unknown);

export interface Held {
  readonly held: true;
  release(reply: unknown): void;
  promise: Promise<unknown>;
}

/** No reply at all, and the phone reports no network. */
export function offline(): typeof OFFLINE {
  return OFFLINE;
}

export function hold(): Held {
  let release!: (reply: unknown) => void;
  const promise = new Promise<unknown>((resolve) => (release = resolve));
  return { held: true, release, promise };
}

export const ok = <T>(data: T) => ({ ok: true as const, data });
export const refused = (code: string, reason: string, message: string) => ({ ok: false as const, code, reason, message });

/** A photo upload the page made: where to, from which picked file. */
export interface Upload {
  cloudPath: string;
  filePath: string;
}

export interface HeldUpload {
  /** Resolves once the page has started this upload. */
  started: Promise<void>;
  progress(percent: number): void;
  finish(): void;
}

export interface FakeBackend {
  services: Services;
  calls: Call[];
  /** Photos uploaded (client.upload), in order; each answers `cloud://test-env.test-bucket/<cloudPath>`. */
  uploads: Upload[];
  /** The next upload fails: no network ('offline', the phone reports none) or refused by storage ('refused'). */
  failNextUpload(how: 'offline' | 'refused'): void;
  /** The next upload waits for the test: it reports the progress the test gives, then ends when told. */
  holdNextUpload(): HeldUpload;
  /** Calls of one action ("home.memberHome"). */
  callsOf(name: string): Call[];
  /** Sets (or replaces) the reply of "fn.action". */
  answer(name: string, reply: Reply): void;
}

export function fakeBackend(replies: Record<string, Reply> = {}, identity = 'demo-v03'): FakeBackend {
  const table = new Map<string, Reply>(Object.entries(replies));
  const calls: Call[] = [];
  const uploads: Upload[] = [];
  const uploadFailures: ('offline' | 'refused')[] = [];
  const heldUploads: { report: (onProgress?: (percent: number) => void) => Promise<void> }[] = [];
  const transport: Transport = {
    label: '测试',
    identity,
    async invoke(fn, event) {
      const name = `${fn}.${event.action}`;
      calls.push({ fn, action: event.action, data: event.data });
      if (!table.has(name)) throw new Error(`the test gave no reply for ${name}`);
      const reply = table.get(name);
      if (reply === OFFLINE) {
        setOnline(false);
        throw new TransportError(`${name}: request:fail`);
      }
      if (isHeld(reply)) return reply.promise;
      return typeof reply === 'function' ? (reply as (data: unknown) => unknown)(event.data) : reply;
    },
    async upload(cloudPath, filePath, onProgress) {
      const failure = uploadFailures.shift();
      if (failure === 'offline') {
        setOnline(false);
        throw new TransportError(`upload ${cloudPath}: uploadFile:fail`);
      }
      if (failure === 'refused') throw new TransportError(`upload ${cloudPath}: HTTP 403`, { refused: true });
      const held = heldUploads.shift();
      if (held) await held.report(onProgress);
      onProgress?.(50);
      onProgress?.(100);
      uploads.push({ cloudPath, filePath });
      return `cloud://test-env.test-bucket/${cloudPath}`;
    },
  };
  const client = createServiceClient(transport, { isOffline: async () => !wxState.online });
  return {
    services: { client, session: createSession(client) },
    calls,
    uploads,
    failNextUpload: (how) => void uploadFailures.push(how),
    holdNextUpload: () => {
      let started!: () => void;
      let finish!: () => void;
      let onProgress: ((percent: number) => void) | undefined;
      const startedPromise = new Promise<void>((resolve) => (started = resolve));
      const finished = new Promise<void>((resolve) => (finish = resolve));
      heldUploads.push({
        report: (progress) => {
          onProgress = progress;
          started();
          return finished;
        },
      });
      return { started: startedPromise, progress: (percent) => onProgress?.(percent), finish };
    },
    callsOf: (name) => calls.filter((c) => `${c.fn}.${c.action}` === name),
    answer: (name, reply) => void table.set(name, reply),
  };
}

function isHeld(reply: unknown): reply is Held {
  return typeof reply === 'object' && reply !== null && (reply as Held).held === true;
}
