import type { z } from 'zod';
import type { Contract } from '../shared/contracts/define-contract';
import type { Reply } from '../shared/contracts/reply';

/**
 * A caller of the local emulator's development gateway, speaking to it exactly as the mini-program's
 * dev transport does: POST /functions/<fn> with header X-WX-OPENID, and wx.uploadFile-style uploads.
 * Used by `npm run demo`, the demo seed, tests and benchmarks. (The emulator alone honours the header.)
 */
export interface DevClient {
  readonly openid: string | null;
  call<C extends Contract>(contract: C, data: z.input<C['request']>): Promise<Reply<z.output<C['response']>>>;
  /** Like call, but throws unless the reply is ok. */
  ok<C extends Contract>(contract: C, data: z.input<C['request']>): Promise<z.output<C['response']>>;
  /** Any event, for malformed input. */
  raw(fn: string, event: unknown): Promise<Reply<unknown>>;
  /** Uploads a file as wx.uploadFile would (multipart, field cloudPath); returns its fileID. */
  upload(cloudPath: string, content: Buffer, contentType: string): Promise<string>;
}

/** `headers`: sent with every request (e.g. the emulator's X-Emulator-Gate for `npm start`'s own seed). */
export function devClient(baseUrl: string, openid: string | null, options: { headers?: Record<string, string> } = {}): DevClient {
  const identity: Record<string, string> = { ...options.headers, ...(openid ? { 'x-wx-openid': openid } : {}) };
  const raw = async (fn: string, event: unknown): Promise<Reply<unknown>> => {
    const response = await fetch(`${baseUrl}/functions/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...identity },
      body: JSON.stringify(event),
    });
    const body = (await response.json()) as { result?: Reply<unknown>; code?: string; message?: string };
    if (body.result === undefined) throw new Error(`function ${fn} failed: ${body.code ?? response.status} ${body.message ?? ''}`);
    return body.result;
  };
  const call = <C extends Contract>(contract: C, data: z.input<C['request']>) =>
    raw(contract.fn, { action: contract.action, data }) as Promise<Reply<z.output<C['response']>>>;
  return {
    openid,
    raw,
    call,
    async ok(contract, data) {
      const reply = await call(contract, data);
      if (!reply.ok)
        throw new Error(
          `${contract.fn}.${contract.action} failed: ${reply.code}${reply.reason ? ` ${reply.reason}` : ''} ${reply.message}`,
        );
      return reply.data;
    },
    async upload(cloudPath, content, contentType) {
      const form = new FormData();
      form.append('cloudPath', cloudPath);
      form.append('file', new Blob([new Uint8Array(content)], { type: contentType }), cloudPath.split('/').pop());
      const response = await fetch(`${baseUrl}/_emulator/storage/upload`, { method: 'POST', body: form, headers: identity });
      const body = (await response.json()) as { fileID?: string; message?: string };
      if (!body.fileID) throw new Error(`upload of ${cloudPath} failed: ${response.status} ${body.message ?? ''}`);
      return body.fileID;
    },
  };
}
