import { z } from 'zod';
import { errors } from '../errors';
import { ActionHandler, json, parseParams } from '../gateway/action';
import { headerText } from '../http/header-text';
import { OpenApiService } from './open-api-service';
import { decodeOpenApiRequest, encodeOpenApiResponse, OpenApiPair } from './protobuf';

const OpenApiParams = z.object({ apiName: z.string().min(1) });
const WxApiParams = z.object({ apiName: z.string().min(1), requestData: z.string().optional() });

/**
 * The open-API actions of the tcb gateway:
 * - wx.openApi: what wx-server-sdk's cloud.openapi.* sends (multipart, protobuf CommApiData) and expects
 *   back (protobuf CommOpenApiResp around WeChat's JSON reply);
 * - wx.api: node-sdk's callWxOpenApi (JSON in, { data: { responseData } } out).
 */
export function openApiActions(service: OpenApiService): Record<string, ActionHandler> {
  return {
    'wx.openApi': async (request) => {
      const { apiName } = parseParams(OpenApiParams, request.params);
      const requestData = request.params['requestData'];
      if (!Buffer.isBuffer(requestData)) throw errors.invalidParam('requestData must be a binary (protobuf) part');
      const decoded = decodeOpenApiRequest(requestData);
      const data: Record<string, unknown> = {};
      for (const pair of decoded.pairs) data[pair.key] = pairValue(pair);
      const reply = service.call(apiName, data, headerText(request.headers['x-wx-openid']));
      const body = encodeOpenApiResponse({ respData: Buffer.from(JSON.stringify(reply)), contentType: 'application/json' });
      return { kind: 'raw', contentType: 'application/octet-stream', body };
    },
    'wx.api': async (request) => {
      const { apiName, requestData } = parseParams(WxApiParams, request.params);
      let data: unknown = {};
      if (requestData) {
        try {
          data = JSON.parse(requestData);
        } catch (error) {
          throw errors.invalidParam(`requestData is not JSON: ${(error as Error).message}`);
        }
      }
      if (data === null || typeof data !== 'object' || Array.isArray(data)) throw errors.invalidParam('requestData must be a JSON object');
      const reply = service.call(apiName, data as Record<string, unknown>, headerText(request.headers['x-wx-openid']));
      return json({ data: { responseData: JSON.stringify(reply) } });
    },
  };
}

/** Values are JSON (json-bigint) text; media parts carry a content type and stay binary. */
function pairValue(pair: OpenApiPair): unknown {
  if (pair.contentType || pair.filename) return { content_type: pair.contentType, filename: pair.filename, size: pair.value.length };
  const textValue = pair.value.toString('utf8');
  try {
    return JSON.parse(textValue);
  } catch {
    return textValue;
  }
}
