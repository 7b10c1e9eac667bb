import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { parseParams } from '../gateway/action';
import { headerText } from '../http/header-text';
import { readJson } from '../http/read-json';
import { sendJson } from '../http/replies';
import { isPlainObject } from '../plain-object';
import { errors } from '../errors';
import { RequestStats } from '../stats';
import { toCamelCase, toSnakeCase } from './case-conversion';
import { OpenApiService } from './open-api-service';

/**
 * POST /_emulator/openapi/<api> (e.g. security.msgSecCheck): the same call as cloud.openapi.<api>(data)
 * over plain HTTP, with camelCase in and out like wx-server-sdk: `{ ..., errCode: 0, errMsg }` or
 * `{ errCode, errMsg }`. X-WX-OPENID names the caller for the outbox.
 */
export async function handleOpenApiCall(
  service: OpenApiService,
  stats: RequestStats,
  api: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  stats.count(`openapi.${api}`);
  const body = await readJson(request);
  if (!isPlainObject(body)) throw errors.invalidParam('the body must be a JSON object');
  const reply = service.call(api, toSnakeCase(body) as Record<string, unknown>, headerText(request.headers['x-wx-openid']));
  const { errcode, errmsg, ...rest } = reply;
  if (errcode !== 0) {
    sendJson(response, 200, { errCode: errcode, errMsg: `openapi.${api}:fail ${errmsg}` });
    return;
  }
  sendJson(response, 200, { ...(toCamelCase(rest) as Record<string, unknown>), errCode: 0, errMsg: `openapi.${api}:ok` });
}

const RefusalBody = z.object({ openid: z.string().min(1), templateId: z.string().min(1).optional() });

/** POST /_emulator/subscribe-refusals { openid, templateId? }: later sends to that user answer 43101. */
export async function handleAddRefusal(service: OpenApiService, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const { openid, templateId } = parseParams(RefusalBody, await readJson(request));
  service.refuseSubscribeMessages(openid, templateId);
  sendJson(response, 200, { ok: true });
}
