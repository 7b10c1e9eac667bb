import type { IncomingMessage, ServerResponse } from 'node:http';
import { headerText } from './header-text';
import { sendJson } from './replies';
import { newRequestId } from './request-id';

/** The header that lets the process which closed the gate through while it is closed (e.g. `npm start`'s demo seed). */
export const GATE_HEADER = 'x-emulator-gate';

/**
 * Keeps callers out of the client-facing endpoints (functions, dev storage) until the product on top
 * of the emulator says it is ready: they get HTTP 503 `{ code: 'EMULATOR_STARTING', message }` and
 * `/_emulator/health` says `ready: false`. The SDK gateway (`/admin`) stays open: the functions
 * themselves use it. Only requests carrying the gate's key pass while it is closed.
 */
export class CallerGate {
  private key: string | null = null;
  private message = '';

  close(key: string, message: string): void {
    this.key = key;
    this.message = message;
  }

  open(): void {
    this.key = null;
  }

  get ready(): boolean {
    return this.key === null;
  }

  /** True when the request may go on; otherwise the 503 has been sent. */
  admit(request: IncomingMessage, response: ServerResponse): boolean {
    if (this.key === null || headerText(request.headers[GATE_HEADER]) === this.key) return true;
    request.resume();
    sendJson(response, 503, { code: 'EMULATOR_STARTING', message: this.message, requestId: newRequestId() });
    return false;
  }
}
