import type { IncomingMessage, ServerResponse } from 'node:http'
import { z } from 'zod'
import { errors } from '../errors'
import { parseParams } from '../gateway/action'
import { parseMultipart } from '../http/multipart'
import { readBody } from '../http/read-body'
import { readJson } from '../http/read-json'
import { sendJson } from '../http/replies'
import { newRequestId } from '../http/request-id'
import { RequestStats } from '../stats'
import { assertCloudPath } from './cloud-path'
import { mimeOf } from './file-types'
import { deleteFiles, temporaryUrls } from './storage-actions'
import { OBJECTS_PATH, StorageRejection, StorageService } from './storage-service'

/** Multipart envelopes around an upload need a little room beyond the file itself. */
const ENVELOPE_BYTES = 64 * 1024

function cosError(response: ServerResponse, status: number, code: string, message: string, resource: string): void {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const requestId = newRequestId()
  const body = `<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n<Code>${escape(code)}</Code>\n<Message>${escape(message)}</Message>\n<Resource>${escape(resource)}</Resource>\n<RequestId>${requestId}</RequestId>\n<TraceId>${requestId}</TraceId>\n</Error>`
  response.writeHead(status, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(body) })
  response.end(body)
}

function objectPathOf(url: URL): string {
  let decoded: string
  try {
    decoded = decodeURIComponent(url.pathname.slice(OBJECTS_PATH.length))
  } catch {
    throw errors.invalidParam('malformed object path')
  }
  return assertCloudPath(decoded)
}

/** PUT to an upload URL (node-sdk uploadFile). Answers like COS: empty body, or an XML <Error>. */
export async function handleObjectUpload(storage: StorageService, stats: RequestStats, request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
  stats.count('storage.upload')
  let cloudPath = url.pathname
  try {
    cloudPath = objectPathOf(url)
    storage.assertUploadAuthorized(cloudPath, request.headers['authorization'])
    let data: Buffer
    try {
      data = await readBody(request, storage.limits.maxFileBytes)
    } catch {
      throw new StorageRejection('EntityTooLarge', `Your proposed upload exceeds the maximum allowed size (${storage.limits.maxFileBytes} bytes)`, 413)
    }
    await storage.save(cloudPath, data)
    response.writeHead(200, { etag: `"${data.length}"`, 'content-length': 0 })
    response.end()
  } catch (error) {
    if (error instanceof StorageRejection) cosError(response, error.status, error.cosCode, error.message, cloudPath)
    else cosError(response, 400, 'InvalidArgument', error instanceof Error ? error.message : String(error), cloudPath)
  }
}

/** GET/HEAD of a temporary URL (getTempFileURL, downloadFile): checks the signature and expiry. */
export async function handleObjectDownload(storage: StorageService, stats: RequestStats, request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
  stats.count('storage.download')
  let cloudPath = url.pathname
  try {
    cloudPath = objectPathOf(url)
  } catch (error) {
    cosError(response, 400, 'InvalidURI', (error as Error).message, cloudPath)
    return
  }
  if (!storage.isDownloadAuthorized(cloudPath, url.searchParams.get('t'), url.searchParams.get('sign'))) {
    cosError(response, 403, 'AccessDenied', 'Request has expired or the signature is invalid', cloudPath)
    return
  }
  const data = await storage.read(cloudPath)
  if (!data) {
    cosError(response, 404, 'NoSuchKey', 'The specified key does not exist.', cloudPath)
    return
  }
  response.writeHead(200, { 'content-type': mimeOf(cloudPath), 'content-length': data.length, 'cache-control': 'private, max-age=60' })
  response.end(request.method === 'HEAD' ? undefined : data)
}

const TempUrlsBody = z.object({
  fileList: z.array(z.union([z.string(), z.object({ fileID: z.string(), maxAge: z.number().optional() })])).min(1).max(50),
})
const DeleteBody = z.object({ fileList: z.array(z.string()).min(1).max(50) })

/**
 * The mini-program's dev transport (what wx.cloud.uploadFile / getTempFileURL / deleteFile map to
 * when the product runs locally): POST /_emulator/storage/upload is wx.uploadFile-compatible
 * multipart (field "cloudPath" + one file part); replies { fileID }.
 */
export async function handleDevUpload(storage: StorageService, stats: RequestStats, request: IncomingMessage, response: ServerResponse): Promise<void> {
  stats.count('storage.devUpload')
  const requestId = newRequestId()
  try {
    const contentType = String(request.headers['content-type'] ?? '')
    if (!contentType.startsWith('multipart/form-data')) throw errors.invalidParam('upload with multipart/form-data (wx.uploadFile)')
    const body = await readBody(request, storage.limits.maxFileBytes + ENVELOPE_BYTES)
    const parts = parseMultipart(body, contentType)
    const cloudPath = assertCloudPath(parts.find((part) => part.name === 'cloudPath' && part.filename === undefined)?.data.toString('utf8'))
    const file = parts.find((part) => part.filename !== undefined) ?? parts.find((part) => part.name === 'file')
    if (!file) throw errors.invalidParam('no file part in the upload')
    const fileID = await storage.save(cloudPath, file.data)
    sendJson(response, 200, { fileID, statusCode: 200, requestId })
  } catch (error) {
    if (error instanceof StorageRejection) {
      sendJson(response, error.status, { code: 'STORAGE_REQUEST_FAIL', message: `[${error.cosCode}] ${error.message}`, requestId })
      return
    }
    throw error
  }
}

export async function handleDevTempUrls(storage: StorageService, stats: RequestStats, request: IncomingMessage, response: ServerResponse): Promise<void> {
  stats.count('storage.devTempUrls')
  const body = parseParams(TempUrlsBody, await readJson(request))
  const list = body.fileList.map((item) => (typeof item === 'string' ? { fileid: item } : { fileid: item.fileID, max_age: item.maxAge }))
  sendJson(response, 200, { fileList: await temporaryUrls(storage, list), requestId: newRequestId() })
}

export async function handleDevDelete(storage: StorageService, stats: RequestStats, request: IncomingMessage, response: ServerResponse): Promise<void> {
  stats.count('storage.devDelete')
  const body = parseParams(DeleteBody, await readJson(request))
  sendJson(response, 200, { fileList: await deleteFiles(storage, body.fileList), requestId: newRequestId() })
}
