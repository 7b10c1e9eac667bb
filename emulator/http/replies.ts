import type { ServerResponse } from 'node:http';
import { EmulatorError, errors, isEmulatorError } from '../errors';

/** The SDK's node-sdk wx.openApi hook only parses error bodies with exactly this content type. */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': JSON_CONTENT_TYPE, 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

export function sendBuffer(response: ServerResponse, status: number, contentType: string, body: Buffer): void {
  response.writeHead(status, { 'content-type': contentType, 'content-length': body.length });
  response.end(body);
}

/** Turns anything thrown into an EmulatorError; unexpected errors become SYS_ERR and are logged. */
export function toEmulatorError(error: unknown): EmulatorError {
  if (isEmulatorError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  console.error('[emulator] unexpected error:', error);
  return errors.internal(message);
}

/** CloudBase's error shape, `{ code, message, requestId }`. */
export function errorBody(error: EmulatorError, requestId: string): Record<string, unknown> {
  return { code: error.code, message: error.message, requestId };
}
