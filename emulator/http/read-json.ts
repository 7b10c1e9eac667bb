import type { IncomingMessage } from 'node:http';
import { errors } from '../errors';
import { readBody } from './read-body';

/** A JSON request body of the emulator's own endpoints (an empty body is `{}`). */
export async function readJson(request: IncomingMessage, limit = 1024 * 1024): Promise<unknown> {
  const body = await readBody(request, limit);
  if (body.length === 0) return {};
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw errors.invalidParam(`malformed JSON body: ${(error as Error).message}`);
  }
}
