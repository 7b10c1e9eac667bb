import { z } from 'zod';
import { parseParams } from '../gateway/action';
import { readJson } from '../http/read-json';
import { sendJson } from '../http/replies';
import { OpenApiService } from '../openapi/open-api-service';
import { Route } from '../server';
import { RequestStats } from '../stats';

const ContentCheckBody = z.object({ riskyWords: z.array(z.string()).default([]), reviewWords: z.array(z.string()).default([]) });

/** /_emulator/*: health, request statistics, the open-API outbox and test switches. */
export function adminRoutes(stats: RequestStats, openApi: OpenApiService, info: () => Record<string, unknown>): Route[] {
  return [
    {
      methods: ['GET'],
      path: /^\/_emulator\/health$/,
      handle: async (_request, response) => sendJson(response, 200, { ok: true, ...info() }),
    },
    {
      methods: ['GET'],
      path: /^\/_emulator\/stats$/,
      handle: async (_request, response) => sendJson(response, 200, stats.snapshot()),
    },
    {
      methods: ['POST'],
      path: /^\/_emulator\/reset-stats$/,
      handle: async (request, response) => {
        request.resume();
        stats.reset();
        sendJson(response, 200, stats.snapshot());
      },
    },
    {
      methods: ['GET'],
      path: /^\/_emulator\/outbox$/,
      handle: async (_request, response, _params, url) =>
        sendJson(response, 200, { entries: openApi.outbox.list(url.searchParams.get('api') ?? undefined) }),
    },
    {
      methods: ['DELETE'],
      path: /^\/_emulator\/outbox$/,
      handle: async (request, response) => {
        request.resume();
        openApi.outbox.clear();
        sendJson(response, 200, { entries: [] });
      },
    },
    {
      methods: ['PUT'],
      path: /^\/_emulator\/content-check$/,
      handle: async (request, response) => {
        const body = parseParams(ContentCheckBody, await readJson(request));
        openApi.policy.configure(body.riskyWords, body.reviewWords);
        sendJson(response, 200, body);
      },
    },
  ];
}
