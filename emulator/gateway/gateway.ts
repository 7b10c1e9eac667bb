import type { IncomingMessage, ServerResponse } from 'node:http';
import { errors } from '../errors';
import { multipartFields, parseMultipart } from '../http/multipart';
import { readBody } from '../http/read-body';
import { errorBody, sendBuffer, sendJson, toEmulatorError } from '../http/replies';
import { newRequestId } from '../http/request-id';
import { Credentials, verifyTc3Signature } from '../http/tc3-signature';
import { RequestStats } from '../stats';
import { ActionHandler } from './action';

export interface GatewayOptions {
  handlers: Record<string, ActionHandler>;
  credentials: Credentials;
  stats: RequestStats;
  maxBodyBytes: number;
}

/**
 * `POST {serviceUrl}`: the tcb-api gateway @cloudbase/node-sdk (and wx-server-sdk) talk to.
 * Every reply is HTTP 200 with either the action's body or CloudBase's `{ code, message, requestId }`,
 * which the SDK turns into a thrown error carrying the code.
 */
export function createGateway(options: GatewayOptions) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const requestId = newRequestId();
    try {
      const body = await readBody(request, options.maxBodyBytes);
      const params = parseBody(body, String(request.headers['content-type'] ?? ''));
      const [rawPath = '', rawQuery = ''] = (request.url ?? '').split('?', 2);
      verifyTc3Signature(
        request.headers,
        { method: request.method ?? 'POST', host: String(request.headers.host ?? ''), pathname: rawPath, query: rawQuery, params },
        options.credentials,
        Math.floor(Date.now() / 1000),
      );
      const action = params['action'];
      if (typeof action !== 'string' || action === '') throw errors.invalidParam('missing action');
      const handler = Object.prototype.hasOwnProperty.call(options.handlers, action) ? options.handlers[action] : undefined;
      options.stats.count(handler ? action : 'unknown');
      if (!handler) throw errors.invalidAction(action);
      const reply = await handler({ action, params, headers: request.headers, requestId });
      if (reply.kind === 'raw') sendBuffer(response, 200, reply.contentType, reply.body);
      else sendJson(response, 200, { requestId, ...reply.body });
    } catch (error) {
      if (!response.headersSent) sendJson(response, 200, errorBody(toEmulatorError(error), requestId));
    }
  };
}

function parseBody(body: Buffer, contentType: string): Record<string, unknown> {
  if (contentType.startsWith('multipart/form-data')) return multipartFields(parseMultipart(body, contentType));
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw errors.invalidParam(`malformed JSON body: ${(error as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw errors.invalidParam('the body must be a JSON object');
  return parsed as Record<string, unknown>;
}
