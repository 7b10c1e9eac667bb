import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { errors } from '../errors';

/**
 * The TC3-HMAC-SHA256 request signature of @cloudbase/signature-nodejs (lib/signer.js, "tcbapi"
 * variant, as @cloudbase/node-sdk uses it: withSignedParams, service "tcb"), re-implemented to verify
 * and to sign. The payload hash covers every body parameter, so a tampered body fails.
 */
export interface SignedRequest {
  method: string;
  /** host[:port] as in the Host header */
  host: string;
  pathname: string;
  /** the raw query string, without '?' */
  query: string;
  headers: Record<string, string | number | undefined>;
  params: Record<string, unknown>;
}

export interface Credentials {
  secretId: string;
  secretKey: string;
}

const AUTHORIZATION =
  /^TC3-HMAC-SHA256 Credential=([^/\s]+)\/(\d{4}-\d{2}-\d{2})\/([A-Za-z0-9_-]+)\/tc3_request,(?: SignedParams=([^,]*),)? SignedHeaders=([a-z0-9;_-]+), Signature=([0-9a-f]{64})$/;

/** Tolerated clock difference, as X-Signature-Expires (600 s) announces. */
const MAX_SKEW_SECONDS = 600;

export function verifyTc3Signature(
  headers: IncomingHttpHeaders,
  request: Omit<SignedRequest, 'headers'>,
  credentials: Credentials,
  nowSeconds: number,
): void {
  const authorization = headerValue(headers['authorization']);
  if (!authorization) throw errors.signature('missing Authorization header (sign requests with the local key pair)');
  if (authorization.startsWith('Bearer '))
    throw errors.signature('access-key (Bearer) authentication is not supported by the emulator: use secretId/secretKey');
  const match = AUTHORIZATION.exec(authorization);
  if (!match) throw errors.signature('malformed TC3-HMAC-SHA256 Authorization header');
  const [, secretId, date, service, , signedHeaderList, signature] = match as unknown as string[];
  if (secretId !== credentials.secretId) throw errors.signature(`unknown secretId "${secretId}"`);
  const timestamp = Number(headerValue(headers['x-timestamp']));
  if (!Number.isInteger(timestamp)) throw errors.signature('missing or invalid X-Timestamp header');
  if (Math.abs(nowSeconds - timestamp) > MAX_SKEW_SECONDS)
    throw errors.signature('signature expired (X-Timestamp too far from the emulator clock)');
  if (formatDate(timestamp) !== date) throw errors.signature('credential date does not match X-Timestamp');
  const signedHeaders: Record<string, string | undefined> = {};
  for (const name of (signedHeaderList as string).split(';')) signedHeaders[name] = headerValue(headers[name]);
  if (signedHeaders['host'] !== request.host) throw errors.signature('the Host header must be signed');
  const candidates = [request.method.toLowerCase(), request.method.toUpperCase()];
  for (const method of candidates) {
    const expected = computeSignature({ ...request, method, headers: signedHeaders }, credentials.secretKey, timestamp, service as string);
    if (safeEqual(expected.signature, signature as string)) return;
  }
  throw errors.signature('signature mismatch: sign with the documented local key pair');
}

/** Signs like the SDK does; returns the headers to add (Authorization, X-Timestamp, X-Signature-Expires). */
export function signTc3(request: SignedRequest, credentials: Credentials, timestamp: number): Record<string, string> {
  const { signature, signedHeaders, signedParams } = computeSignature(request, credentials.secretKey, timestamp, 'tcb');
  const scope = `${formatDate(timestamp)}/tcb/tc3_request`;
  return {
    Authorization: `TC3-HMAC-SHA256 Credential=${credentials.secretId}/${scope}, SignedParams=${signedParams.join(';')}, SignedHeaders=${signedHeaders.join(';')}, Signature=${signature}`,
    'X-Timestamp': String(timestamp),
    'X-Signature-Expires': '600',
  };
}

function computeSignature(
  request: SignedRequest,
  secretKey: string,
  timestamp: number,
  service: string,
): { signature: string; signedHeaders: string[]; signedParams: string[] } {
  const headerEntries = formatEntries(request.headers, true);
  const signedHeaders = headerEntries.map(([name]) => name);
  const canonicalHeaders = `${headerEntries.map(([name, value]) => `${name}:${String(value)}`).join('\n')}\n`;
  const multipart = String(headerEntries.find(([name]) => name === 'content-type')?.[1] ?? '').startsWith('multipart/form-data');
  const signedParams: string[] = [];
  const payloadHash = request.method.toUpperCase() === 'GET' ? sha256('') : hashParams(request.params, multipart, signedParams);
  const canonicalRequest = `${request.method}\n//${request.host}${request.pathname}\n${request.query}\n${canonicalHeaders}\n${signedHeaders.join(';')}\n${payloadHash}`;
  const date = formatDate(timestamp);
  const stringToSign = `TC3-HMAC-SHA256\n${timestamp}\n${date}/${service}/tc3_request\n${sha256(canonicalRequest)}`;
  const secretDate = hmac(date, `TC3${secretKey}`);
  const secretService = hmac(service, secretDate);
  const secretSigning = hmac('tc3_request', secretService);
  return { signature: hmac(stringToSign, secretSigning).toString('hex'), signedHeaders, signedParams };
}

/** Signer.formatKeyAndValue + SortedKeyValue: lower-cased keys, stringified trimmed values, sorted keys. */
function formatEntries(object: Record<string, unknown>, isHeader: boolean, multipart = false): Array<[string, string | Buffer]> {
  const entries: Array<[string, string | Buffer]> = [];
  for (const key of Object.keys(object)) {
    const value = object[key];
    if (!key || value === undefined) continue;
    const name = camSafeEncode(key.toLowerCase().trim());
    if (Buffer.isBuffer(value) && multipart && !isHeader) {
      entries.push([name, value]);
      continue;
    }
    if (name === 'content-type' && typeof value === 'string') {
      // The signer keeps content-type verbatim, except that any multipart type counts as plain multipart/form-data.
      entries.push([name, value.startsWith('multipart/form-data') ? 'multipart/form-data' : value]);
      continue;
    }
    const text = (typeof value === 'string' ? value : (JSON.stringify(value) ?? '')).trim();
    entries.push([name, isHeader ? text.toLowerCase() : text]);
  }
  return entries.sort((a, b) => a[0].localeCompare(b[0]));
}

function hashParams(params: Record<string, unknown>, multipart: boolean, signedParams: string[]): string {
  const hash = createHash('sha256');
  for (const [key, value] of formatEntries(params, false, multipart)) {
    if (value === '') continue;
    signedParams.push(key);
    hash.update(`&${key}=`);
    hash.update(value);
    hash.update('\r\n');
  }
  return hash.digest('hex');
}

function camSafeEncode(text: string): string {
  return encodeURIComponent(text)
    .replace(/!/g, '%21')
    .replace(/'/g, '%27')
    .replace(/\(/g, '%28')
    .replace(/\)/g, '%29')
    .replace(/\*/g, '%2A');
}

function formatDate(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().split('T')[0] as string;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function hmac(text: string, key: string | Buffer): Buffer {
  return createHmac('sha256', key).update(text).digest();
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}
