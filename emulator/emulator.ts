import path from 'node:path';
import { IndexCatalog, loadIndexCatalog, parseIndexCatalog } from '../database/indexes-schema';
import { adminRoutes } from './admin/admin-routes';
import { DEFAULT_APPID, DEFAULT_ENV_ID, LOCAL_SECRET_ID, LOCAL_SECRET_KEY } from './credentials';
import { databaseActions } from './database/actions/registry';
import { Database } from './database/database';
import { TransactionManager } from './database/transactions';
import { Caller, CloudFunctionMain, withUserInfo } from './functions/cloud-function';
import { FunctionInvoker } from './functions/function-invoker';
import { FunctionRegistry } from './functions/function-registry';
import { fireTimer, handleConfiguredTimer, handleFunctionCall, handleTimerTrigger } from './functions/function-routes';
import { nextFireTime } from './functions/cron';
import { TimerScheduler } from './functions/timer-scheduler';
import { checkTriggers, TimerTrigger } from './functions/timer-triggers';
import { invokeFunctionAction } from './functions/invoke-function-action';
import { createGateway } from './gateway/gateway';
import { ContentPolicy } from './openapi/content-policy';
import { openApiActions } from './openapi/open-api-actions';
import { handleAddRefusal, handleOpenApiCall } from './openapi/open-api-routes';
import { OpenApiService } from './openapi/open-api-service';
import { OutboxEntry } from './openapi/outbox';
import {
  DEFAULT_FUNCTION_TIMEOUT_MS,
  DEFAULT_HOST,
  DEFAULT_INDEXES_FILE,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_PORT,
  DEFAULT_STORAGE_RULES_FILE,
  EmulatorOptions,
} from './options';
import { close, createHttpServer, listen, Route } from './server';
import { sendJson } from './http/replies';
import { errors } from './errors';
import { CallerGate } from './http/caller-gate';
import { RequestStats, StatsSnapshot } from './stats';
import { DiskFileStore, MemoryFileStore } from './storage/file-store';
import { storageActions } from './storage/storage-actions';
import { handleDevDelete, handleDevTempUrls, handleDevUpload, handleObjectDownload, handleObjectUpload } from './storage/storage-routes';
import { DEFAULT_STORAGE_LIMITS, StorageService } from './storage/storage-service';
import { loadStorageRules, StorageRules } from './storage/storage-rules';

export interface RunningEmulator {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  /** What @cloudbase/node-sdk takes as `serviceUrl`: <url>/admin */
  readonly serviceUrl: string;
  readonly port: number;
  readonly envId: string;
  readonly appid: string;
  readonly secretId: string;
  readonly secretKey: string;
  /** undefined when running in memory */
  readonly dataDir: string | undefined;
  /** Request counts per action since the last reset. */
  stats(): StatsSnapshot;
  resetStats(): void;
  /** Open-API calls answered so far (optionally of one API, e.g. 'subscribeMessage.send'). */
  outbox(api?: string): OutboxEntry[];
  clearOutbox(): void;
  setContentCheckWords(riskyWords: string[], reviewWords?: string[]): void;
  /** subscribeMessage.send to this user (for one template, or every template) answers 43101. */
  refuseSubscribeMessages(openid: string, templateId?: string): void;
  registerFunction(name: string, main: CloudFunctionMain): void;
  /** Invokes a function in-process as a given caller (as POST /functions/<name> does). */
  invokeFunction(name: string, event: unknown, caller?: Caller): Promise<unknown>;
  /**
   * Fires a function's timer trigger (TRIGGER_SRC=timer, no OPENID, SCF's timer event): the configured
   * trigger named, or the function's only one (any name when it has none configured).
   */
  fireTimer(name: string, trigger?: string): Promise<unknown>;
  /** The configured timer triggers and when each fires next (Beijing-time cron). */
  timers(): { functionName: string; name: string; config: string; next: string | null }[];
  /**
   * Closes the client-facing endpoints (functions, dev storage) to every request without the header
   * `X-Emulator-Gate: <key>` (503 EMULATOR_STARTING with `message`), until openGate(); health says ready: false.
   */
  closeGate(key: string, message: string): void;
  openGate(): void;
  /** Stops serving; pending journal writes are flushed first. */
  stop(): Promise<void>;
}

/** Starts the local CloudBase emulator (in memory unless `dataDir` is given). */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? DEFAULT_HOST;
  const envId = options.envId ?? DEFAULT_ENV_ID;
  const appid = options.appid ?? DEFAULT_APPID;
  const credentials = { secretId: options.secretId ?? LOCAL_SECRET_ID, secretKey: options.secretKey ?? LOCAL_SECRET_KEY };
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : undefined;
  const catalog: IndexCatalog = options.indexes
    ? parseIndexCatalog(options.indexes, 'options.indexes')
    : loadIndexCatalog(options.indexesFile ?? DEFAULT_INDEXES_FILE);
  // Before anything starts: a rule the emulator cannot evaluate stops the start (never "allow").
  const storageRules = options.storageRules
    ? new StorageRules(options.storageRules, 'options.storageRules')
    : loadStorageRules(options.storageRulesFile ?? DEFAULT_STORAGE_RULES_FILE);

  const database = await Database.open(catalog, dataDir ? path.join(dataDir, 'database') : undefined);
  const transactions = new TransactionManager(database);
  const stats = new RequestStats();
  let baseUrl = '';
  const storage = new StorageService({
    store: dataDir ? new DiskFileStore(path.join(dataDir, 'storage')) : new MemoryFileStore(),
    envId,
    signingKey: credentials.secretKey,
    limits: { ...DEFAULT_STORAGE_LIMITS, ...options.storage },
    baseUrl: () => baseUrl,
    rules: storageRules,
  });
  const registry = new FunctionRegistry(options.functions);
  const invoker = new FunctionInvoker(registry, {
    envId,
    timeoutMs: options.functionTimeoutMs ?? DEFAULT_FUNCTION_TIMEOUT_MS,
    memoryMb: 256,
  });
  // Before anything starts: a trigger the platform would refuse stops the start.
  const triggers: TimerTrigger[] = Object.entries(options.triggers ?? {}).flatMap(([fn, list]) => checkTriggers(fn, list));
  const openApi = new OpenApiService(new ContentPolicy(options.contentCheckWords, options.contentReviewWords), appid);

  const gateway = createGateway({
    handlers: {
      ...databaseActions({ database, transactions, now: () => Date.now() }),
      ...storageActions(storage),
      'functions.invokeFunction': invokeFunctionAction(invoker),
      ...openApiActions(openApi),
    },
    credentials,
    stats,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
  });

  const gate = new CallerGate();
  const gated =
    (handle: Route['handle']): Route['handle'] =>
    (request, response, params, url) =>
      gate.admit(request, response) ? handle(request, response, params, url) : Promise.resolve();

  const routes: Route[] = [
    { methods: ['POST'], path: /^\/admin\/?$/, handle: (request, response) => gateway(request, response) },
    {
      methods: ['PUT'],
      path: /^\/_emulator\/storage\/objects\/.+$/,
      handle: (request, response, _params, url) => handleObjectUpload(storage, stats, request, response, url),
    },
    {
      methods: ['GET', 'HEAD'],
      path: /^\/_emulator\/storage\/objects\/.+$/,
      handle: (request, response, _params, url) => handleObjectDownload(storage, stats, request, response, url),
    },
    {
      methods: ['POST'],
      path: /^\/_emulator\/storage\/upload$/,
      handle: gated((request, response) => handleDevUpload(storage, stats, request, response)),
    },
    {
      methods: ['POST'],
      path: /^\/_emulator\/storage\/temp-urls$/,
      handle: gated((request, response) => handleDevTempUrls(storage, stats, request, response)),
    },
    {
      methods: ['POST'],
      path: /^\/_emulator\/storage\/delete$/,
      handle: gated((request, response) => handleDevDelete(storage, stats, request, response)),
    },
    {
      methods: ['POST'],
      path: /^\/functions\/([^/]+)$/,
      handle: gated((request, response, [name]) => handleFunctionCall(invoker, stats, name ?? '', request, response)),
    },
    {
      methods: ['POST'],
      path: /^\/_emulator\/triggers\/([^/]+)$/,
      handle: (request, response, [name]) => handleTimerTrigger(invoker, stats, name ?? '', request, response),
    },
    {
      methods: ['POST'],
      path: /^\/_emulator\/timers\/([^/]+)\/([^/]+)$/,
      handle: (request, response, [fn, trigger]) =>
        handleConfiguredTimer(invoker, stats, triggers, fn ?? '', trigger ?? '', request, response),
    },
    {
      methods: ['GET'],
      path: /^\/_emulator\/timers$/,
      handle: async (request, response) => {
        request.resume();
        sendJson(response, 200, { timers: timerList() });
      },
    },
    {
      methods: ['POST'],
      path: /^\/_emulator\/openapi\/([A-Za-z.]+)$/,
      handle: (request, response, [api]) => handleOpenApiCall(openApi, stats, api ?? '', request, response),
    },
    {
      methods: ['POST'],
      path: /^\/_emulator\/subscribe-refusals$/,
      handle: (request, response) => handleAddRefusal(openApi, request, response),
    },
    ...adminRoutes(stats, openApi, () => ({
      ready: gate.ready,
      envId,
      serviceUrl: `${baseUrl}/admin`,
      durable: database.durable,
      collections: database.collectionNames(),
    })),
  ];

  const timerList = () =>
    triggers.map((t) => ({
      functionName: t.functionName,
      name: t.name,
      config: t.config,
      next: nextFireTime(t.schedule, new Date())?.toISOString() ?? null,
    }));
  const scheduler = new TimerScheduler((trigger, at) => {
    stats.count('functions.timer');
    return fireTimer(invoker, trigger.functionName, { TriggerName: trigger.name, at });
  });

  const server = createHttpServer(routes);
  let port: number;
  try {
    port = await listen(server, options.port ?? DEFAULT_PORT, host);
  } catch (error) {
    transactions.close();
    await database.close();
    throw error;
  }
  baseUrl = `http://${host}:${port}`;
  if (options.scheduleTimers) scheduler.start(triggers);

  let stopping: Promise<void> | undefined;
  return {
    url: baseUrl,
    serviceUrl: `${baseUrl}/admin`,
    port,
    envId,
    appid,
    secretId: credentials.secretId,
    secretKey: credentials.secretKey,
    dataDir,
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    outbox: (api) => openApi.outbox.list(api),
    clearOutbox: () => openApi.outbox.clear(),
    setContentCheckWords: (risky, review) => openApi.policy.configure(risky, review),
    refuseSubscribeMessages: (openid, templateId) => openApi.refuseSubscribeMessages(openid, templateId),
    registerFunction: (name, main) => registry.register(name, main),
    invokeFunction: (name, event, caller = {}) => {
      const client: Caller = { appid, source: 'wx_client', ...caller };
      return invoker.invoke(name, withUserInfo(event, client), client);
    },
    fireTimer: (name, trigger) => {
      const configured = triggers.filter((t) => t.functionName === name);
      const chosen = trigger === undefined ? configured[0] : configured.find((t) => t.name === trigger);
      if (trigger !== undefined && !chosen && configured.length > 0) return Promise.reject(errors.timerNotFound(name, trigger));
      return fireTimer(invoker, name, { TriggerName: chosen?.name ?? trigger });
    },
    timers: timerList,
    closeGate: (key, message) => gate.close(key, message),
    openGate: () => gate.open(),
    stop: () => {
      stopping ??= (async () => {
        scheduler.stop();
        await close(server);
        transactions.close();
        await database.close();
      })();
      return stopping;
    },
  };
}
