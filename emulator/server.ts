import http, { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errors } from './errors';
import { errorBody, sendJson, toEmulatorError } from './http/replies';
import { newRequestId } from './http/request-id';

export type RouteHandler = (request: IncomingMessage, response: ServerResponse, params: string[], url: URL) => Promise<void>;

export interface Route {
  methods: readonly string[];
  /** Matched against the decoded-as-is pathname; capture groups become `params`. */
  path: RegExp;
  handle: RouteHandler;
}

/**
 * The emulator's HTTP server: a route table, and an error boundary so that no request can crash it.
 * Errors from the emulator's own endpoints are `{ code, message, requestId }` with an HTTP status.
 */
export function createHttpServer(routes: readonly Route[]): http.Server {
  const server = http.createServer((request, response) => {
    void dispatch(routes, request, response);
  });
  // Longer than the SDK's keep-alive agent (freeSocketTimeout 4.8 s), so the client closes idle sockets first.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return server;
}

async function dispatch(routes: readonly Route[], request: IncomingMessage, response: ServerResponse): Promise<void> {
  try {
    const url = new URL(request.url ?? '/', 'http://emulator.local');
    const method = request.method ?? 'GET';
    let pathMatched = false;
    for (const route of routes) {
      const match = route.path.exec(url.pathname);
      if (!match) continue;
      pathMatched = true;
      if (!route.methods.includes(method)) continue;
      await route.handle(request, response, match.slice(1), url);
      return;
    }
    throw pathMatched ? errors.methodNotAllowed(method, url.pathname) : errors.noRoute(method, url.pathname);
  } catch (error) {
    const failure = toEmulatorError(error);
    request.resume();
    if (!response.headersSent) sendJson(response, failure.httpStatus, errorBody(failure, newRequestId()));
    else response.destroy();
  }
}

export function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export function close(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
