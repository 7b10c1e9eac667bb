import { randomBytes } from 'node:crypto';

let counter = 0;
const prefix = randomBytes(4).toString('hex');

export function newRequestId(): string {
  counter = (counter + 1) % Number.MAX_SAFE_INTEGER;
  return `emu-${prefix}-${counter.toString(36)}`;
}
