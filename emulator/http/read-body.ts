import type { IncomingMessage } from 'node:http';
import { errors } from '../errors';

/** Bodies beyond this are not even drained: the connection is dropped. */
const ABSOLUTE_MAX_BYTES = 512 * 1024 * 1024;

/**
 * Reads a request body up to `limit` bytes. A larger body is drained (not buffered) so the client
 * still receives the EXCEED_REQUEST_SIZE_LIMIT reply instead of a reset connection.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (tooLarge) {
        if (size > ABSOLUTE_MAX_BYTES) request.destroy();
        return;
      }
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => (tooLarge ? reject(errors.bodyTooLarge(limit)) : resolve(Buffer.concat(chunks))));
    request.on('error', reject);
    request.on('close', () => {
      if (!request.complete) reject(errors.invalidParam('the request was aborted before its body was complete'));
    });
  });
}
