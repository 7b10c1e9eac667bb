import type { IncomingHttpHeaders } from 'node:http';
import { z } from 'zod';
import { errors } from '../errors';

/** One SDK request to the gateway (`POST {serviceUrl}`), after its signature has been verified. */
export interface ActionRequest {
  action: string;
  /** The request body: JSON object, or multipart fields (Buffer for binary parts). */
  params: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  requestId: string;
}

/** `json` bodies are sent as `{ requestId, ...body }`; `raw` bodies as they are (wx.openApi protobuf). */
export type ActionReply = { kind: 'json'; body: Record<string, unknown> } | { kind: 'raw'; contentType: string; body: Buffer };

export type ActionHandler = (request: ActionRequest) => Promise<ActionReply>;

export const json = (body: Record<string, unknown>): ActionReply => ({ kind: 'json', body });

/** Validates action parameters; a mismatch is INVALID_PARAM with zod's explanation. */
export function parseParams<T extends z.ZodType>(schema: T, params: unknown): z.infer<T> {
  const result = schema.safeParse(params);
  if (!result.success) throw errors.invalidParam(z.prettifyError(result.error).replace(/\n/g, ' '));
  return result.data;
}
