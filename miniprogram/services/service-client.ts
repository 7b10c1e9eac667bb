import { parseWith, replyOf } from '../shared/index';
import type { Contract, RequestOf, ResponseOf } from '../shared/index';
import {
  BAD_REPLY_MESSAGE,
  failure,
  OFFLINE_MESSAGE,
  UNREACHABLE_MESSAGE,
  UPLOAD_REFUSED_MESSAGE,
  withNextStep,
  type CallFailure,
  type CallResult,
} from './call-result';
import { isOffline } from './network';
import { parseReplyTolerantly } from './reply-parsing';
import { TransportError, type Transport } from './transport';

/**
 * The one way pages reach the backend: `call(contract, data)` is typed by the shared zod contract; the
 * request is checked on the phone first (same schema, Chinese messages: a mistyped invite code costs no
 * call and works offline), the reply is parsed with the contract's response schema — fields a later
 * backend adds are dropped, not refused (reply-parsing.ts) — and every failure is a value (CallFailure),
 * never an exception.
 */
export interface ServiceClient {
  readonly transport: Pick<Transport, 'label' | 'identity'>;
  call<C extends Contract>(contract: C, data: RequestOf<C>): Promise<CallResult<ResponseOf<C>>>;
  /** Uploads a photo the member picked; `cloudPath` must be under the caller's own folder (reports/<openid>/). */
  upload(cloudPath: string, filePath: string, onProgress?: (percent: number) => void): Promise<CallResult<{ fileID: string }>>;
}

/** A contract's reply schema: `{ ok: true, data }` or the failure shape. */
export type ReplySchema = ReturnType<typeof replyOf>;

export interface ServiceClientOptions {
  /** Asked after a transport error, to tell "no network" from "server unreachable". */
  isOffline?: () => Promise<boolean>;
}

export function createServiceClient(transport: Transport, options: ServiceClientOptions = {}): ServiceClient {
  const offline = options.isOffline ?? isOffline;
  const replySchemas = new WeakMap<Contract, ReplySchema>();
  const replySchemaOf = (contract: Contract) => {
    let schema = replySchemas.get(contract);
    if (!schema) replySchemas.set(contract, (schema = replyOf(contract.response)));
    return schema;
  };
  const networkFailure = async (error: unknown): Promise<CallFailure> => {
    if (error instanceof TransportError && error.refused)
      return failure('FORBIDDEN', 'UPLOAD_REFUSED', error.userMessage ?? UPLOAD_REFUSED_MESSAGE);
    if (await offline()) return failure('NETWORK', 'OFFLINE', OFFLINE_MESSAGE);
    const told = error instanceof TransportError ? error.userMessage : undefined;
    return failure('NETWORK', 'UNREACHABLE', told ?? UNREACHABLE_MESSAGE);
  };

  return {
    transport: { label: transport.label, identity: transport.identity },

    async call<C extends Contract>(contract: C, data: RequestOf<C>): Promise<CallResult<ResponseOf<C>>> {
      const checked = parseWith(contract.request, data, 'data');
      if (!checked.ok)
        return failure('VALIDATION', 'INVALID_REQUEST', checked.problems[0]?.message ?? '请检查填写的内容', checked.problems);
      let raw: unknown;
      try {
        raw = await transport.invoke(contract.fn, { action: contract.action, data });
      } catch (error) {
        return networkFailure(error);
      }
      const reply = parseReplyTolerantly(replySchemaOf(contract), raw);
      if (!reply.success) return failure('BAD_REPLY', 'REPLY_UNREADABLE', BAD_REPLY_MESSAGE);
      if (reply.data.ok) return { ok: true, data: reply.data.data as ResponseOf<C> };
      const { code, reason, message, fields, retryAfterSeconds } = reply.data;
      const refused = withNextStep(failure(code, reason ?? code, message, fields ?? []));
      return retryAfterSeconds ? { ...refused, retryAfterSeconds } : refused;
    },

    async upload(cloudPath, filePath, onProgress) {
      try {
        return { ok: true, data: { fileID: await transport.upload(cloudPath, filePath, onProgress) } };
      } catch (error) {
        return networkFailure(error);
      }
    },
  };
}
