import { errors, isEmulatorError } from '../errors';
import { newRequestId } from '../http/request-id';
import { Caller } from './cloud-function';
import { FunctionRegistry } from './function-registry';
import { buildScfContext } from './scf-context';

export interface InvokerSettings {
  envId: string;
  /** SCF allows 1–60 s; a function running longer is answered as failed (it cannot be stopped in-process). */
  timeoutMs: number;
  memoryMb: number;
}

/** Runs local cloud functions with an SCF context per invocation; a throwing function is an error reply. */
export class FunctionInvoker {
  private readonly registry: FunctionRegistry;
  private readonly settings: InvokerSettings;

  constructor(registry: FunctionRegistry, settings: InvokerSettings) {
    this.registry = registry;
    this.settings = settings;
  }

  async invoke(name: string, event: unknown, caller: Caller): Promise<unknown> {
    let main;
    try {
      main = await this.registry.resolve(name);
    } catch (error) {
      throw errors.functionFailed(name, `cannot load: ${(error as Error).message}`);
    }
    if (!main) throw errors.functionNotFound(name);
    const requestId = newRequestId();
    const context = buildScfContext(name, caller, {
      envId: this.settings.envId,
      requestId,
      timeoutMs: this.settings.timeoutMs,
      memoryMb: this.settings.memoryMb,
      startedAt: Date.now(),
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(errors.functionFailed(name, `Task timed out after ${this.settings.timeoutMs / 1000} seconds`)),
        this.settings.timeoutMs,
      );
      timer.unref();
    });
    let result: unknown;
    try {
      result = await Promise.race([Promise.resolve().then(() => main(event, context)), timeout]);
    } catch (error) {
      if (isEmulatorError(error)) throw error;
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : JSON.stringify(error);
      throw errors.functionFailed(name, detail);
    } finally {
      clearTimeout(timer);
    }
    return toJsonValue(name, result);
  }
}

/** What SCF returns is JSON: undefined becomes null, and a non-serialisable result is a failure. */
function toJsonValue(name: string, result: unknown): unknown {
  if (result === undefined) return null;
  try {
    return JSON.parse(JSON.stringify(result)) as unknown;
  } catch (error) {
    throw errors.functionFailed(name, `the result is not JSON-serialisable: ${(error as Error).message}`);
  }
}
