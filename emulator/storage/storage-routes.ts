import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { errors } from '../errors';
import { parseParams } from '../gateway/action';
import { parseMultipart } from '../http/multipart';
import { readBody } from '../http/read-body';
import { readJson } from '../http/read-json';
import { sendJson } from '../http/replies';
import { newRequestId } from '../http/request-id';
import { RequestStats } from '../stats';
import { assertCloudPath } from './cloud-path';
import { mimeOf } from './file-types';
import { ByteRange } from './file-store';
import { deleteFiles, temporaryUrls } from './storage-actions';
import { clientCaller, OBJECTS_PATH, STORAGE_EXCEED_AUTHORITY, StorageCaller, StorageRejection, StorageService } from './storage-service';

/** Multipart envelopes around an upload need a little room beyond the file itself. */
const ENVELOPE_BYTES = 64 * 1024;

function cosError(response: ServerResponse, status: number, code: string, message: string, resource: string): void {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const requestId = newRequestId();
  const body = `<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n<Code>${escape(code)}</Code>\n<Message>${escape(message)}</Message>\n<Resource>${escape(resource)}</Resource>\n<RequestId>${requestId}</RequestId>\n<TraceId>${requestId}</TraceId>\n</Error>`;
  response.writeHead(status, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

function objectPathOf(url: URL): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname.slice(OBJECTS_PATH.length));
  } catch {
    throw errors.invalidParam('malformed object path');
  }
  return assertCloudPath(decoded);
}

/** PUT to an upload URL (node-sdk uploadFile: signed by getUploadMetadata with the key pair, so admin). Answers like COS: empty body, or an XML <Error>. */
export async function handleObjectUpload(
  storage: StorageService,
  stats: RequestStats,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  stats.count('storage.upload');
  let cloudPath = url.pathname;
  try {
    cloudPath = objectPathOf(url);
    storage.assertUploadAuthorized(cloudPath, request.headers['authorization']);
    let data: Buffer;
    try {
      data = await readBody(request, storage.limits.maxFileBytes);
    } catch {
      throw new StorageRejection(
        'EntityTooLarge',
        `Your proposed upload exceeds the maximum allowed size (${storage.limits.maxFileBytes} bytes)`,
        413,
      );
    }
    await storage.save(cloudPath, data);
    response.writeHead(200, { etag: `"${data.length}"`, 'content-length': 0 });
    response.end();
  } catch (error) {
    if (error instanceof StorageRejection) cosError(response, error.status, error.cosCode, error.message, cloudPath);
    else cosError(response, 400, 'InvalidArgument', error instanceof Error ? error.message : String(error), cloudPath);
  }
}

/**
 * A Range header as COS answers it (GET Object, cloud.tencent.com/document/product/436/7753): a single
 * range `bytes=first-last` (also `first-` and the suffix form `-n`), 0-based, both ends included, `last`
 * clipped to the object; `first` beyond the object is 416. Several ranges or a malformed header are
 * ignored (the whole object, 200), as RFC 9110 allows: COS supports one range only.
 */
export function parseRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | undefined {
  const match = header === undefined ? null : /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Number(match[2]);
  if (end < start) return undefined;
  if (start >= size) return 'unsatisfiable';
  return { start, end: Math.min(end, size - 1) };
}

/**
 * GET/HEAD of a temporary URL (getTempFileURL, downloadFile): checks the signature and expiry. A GET
 * with one byte range gets 206 and just those bytes, like COS (counted as storage.downloadRange).
 */
export async function handleObjectDownload(
  storage: StorageService,
  stats: RequestStats,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const range = request.method === 'GET' ? request.headers['range'] : undefined;
  stats.count(
    range !== undefined && parseRange(range, Number.MAX_SAFE_INTEGER) !== undefined ? 'storage.downloadRange' : 'storage.download',
  );
  let cloudPath = url.pathname;
  try {
    cloudPath = objectPathOf(url);
  } catch (error) {
    cosError(response, 400, 'InvalidURI', (error as Error).message, cloudPath);
    return;
  }
  if (!storage.isDownloadAuthorized(cloudPath, url.searchParams.get('t'), url.searchParams.get('sign'))) {
    cosError(response, 403, 'AccessDenied', 'Request has expired or the signature is invalid', cloudPath);
    return;
  }
  const info = await storage.stat(cloudPath);
  if (!info) {
    cosError(response, 404, 'NoSuchKey', 'The specified key does not exist.', cloudPath);
    return;
  }
  const headers = { 'content-type': mimeOf(cloudPath), 'cache-control': 'private, max-age=60', 'accept-ranges': 'bytes' };
  const wanted = parseRange(range, info.size);
  if (wanted === 'unsatisfiable') {
    response.setHeader('content-range', `bytes */${info.size}`);
    cosError(response, 416, 'InvalidRange', 'The requested range is not satisfiable', cloudPath);
    return;
  }
  const data = await storage.read(cloudPath, wanted);
  if (!data) {
    cosError(response, 404, 'NoSuchKey', 'The specified key does not exist.', cloudPath);
    return;
  }
  if (wanted) {
    response.writeHead(206, {
      ...headers,
      'content-length': data.length,
      'content-range': `bytes ${wanted.start}-${wanted.start + data.length - 1}/${info.size}`,
    });
    response.end(data);
    return;
  }
  response.writeHead(200, { ...headers, 'content-length': data.length });
  response.end(request.method === 'HEAD' ? undefined : data);
}

const TempUrlsBody = z.object({
  fileList: z
    .array(z.union([z.string(), z.object({ fileID: z.string(), maxAge: z.number().optional() })]))
    .min(1)
    .max(50),
});
const DeleteBody = z.object({ fileList: z.array(z.string()).min(1).max(50) });

/**
 * The caller of a dev-transport storage call: header X-WX-OPENID, as for function calls (only the
 * emulator honours it; in production the caller comes from WeChat). No header = not signed in.
 */
function callerOf(request: IncomingMessage): StorageCaller {
  const openid = request.headers['x-wx-openid'];
  return clientCaller(typeof openid === 'string' ? openid.trim() : undefined);
}

/**
 * The mini-program's dev transport (what wx.cloud.uploadFile / getTempFileURL / deleteFile map to
 * when the product runs locally): client calls, bound by the storage security rules like production's.
 * POST /_emulator/storage/upload is wx.uploadFile-compatible multipart (field "cloudPath" + one file
 * part); replies { fileID }, or 403 STORAGE_EXCEED_AUTHORITY when the rules refuse the write.
 */
export async function handleDevUpload(
  storage: StorageService,
  stats: RequestStats,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  stats.count('storage.devUpload');
  const requestId = newRequestId();
  try {
    const contentType = String(request.headers['content-type'] ?? '');
    if (!contentType.startsWith('multipart/form-data')) throw errors.invalidParam('upload with multipart/form-data (wx.uploadFile)');
    const body = await readBody(request, storage.limits.maxFileBytes + ENVELOPE_BYTES);
    const parts = parseMultipart(body, contentType);
    const cloudPath = assertCloudPath(
      parts.find((part) => part.name === 'cloudPath' && part.filename === undefined)?.data.toString('utf8'),
    );
    const file = parts.find((part) => part.filename !== undefined) ?? parts.find((part) => part.name === 'file');
    if (!file) throw errors.invalidParam('no file part in the upload');
    const fileID = await storage.save(cloudPath, file.data, callerOf(request));
    sendJson(response, 200, { fileID, statusCode: 200, requestId });
  } catch (error) {
    if (error instanceof StorageRejection) {
      const code = error.cosCode === STORAGE_EXCEED_AUTHORITY ? STORAGE_EXCEED_AUTHORITY : 'STORAGE_REQUEST_FAIL';
      sendJson(response, error.status, { code, message: `[${error.cosCode}] ${error.message}`, requestId });
      return;
    }
    throw error;
  }
}

export async function handleDevTempUrls(
  storage: StorageService,
  stats: RequestStats,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  stats.count('storage.devTempUrls');
  const body = parseParams(TempUrlsBody, await readJson(request));
  const list = body.fileList.map((item) => (typeof item === 'string' ? { fileid: item } : { fileid: item.fileID, max_age: item.maxAge }));
  sendJson(response, 200, { fileList: await temporaryUrls(storage, list, callerOf(request)), requestId: newRequestId() });
}

export async function handleDevDelete(
  storage: StorageService,
  stats: RequestStats,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  stats.count('storage.devDelete');
  const body = parseParams(DeleteBody, await readJson(request));
  sendJson(response, 200, { fileList: await deleteFiles(storage, body.fileList, callerOf(request)), requestId: newRequestId() });
}
