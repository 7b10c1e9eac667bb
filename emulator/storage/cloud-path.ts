import { errors } from '../errors'

/** The bucket part of emulator fileIDs: cloud://<env>.<bucket>/<cloudPath>, like CloudBase's. */
export const EMULATOR_BUCKET = 'emulator-bucket'

/**
 * Cloud paths are kept simple so they are safe as URL paths and file names:
 * relative, no "..", no "?", "#", "%", "\" or control characters, at most 850 bytes (COS key limit).
 */
export function assertCloudPath(cloudPath: unknown): string {
  if (typeof cloudPath !== 'string' || cloudPath === '') throw errors.invalidParam('cloudPath must be a non-empty string')
  if (Buffer.byteLength(cloudPath) > 850) throw errors.invalidParam('cloudPath is longer than 850 bytes')
  if (cloudPath.startsWith('/') || cloudPath.endsWith('/')) throw errors.invalidParam('cloudPath must not start or end with "/"')
  // eslint-disable-next-line no-control-regex
  if (/[?#%\\\u0000-\u001f\u007f]/.test(cloudPath)) throw errors.invalidParam('cloudPath must not contain ?, #, %, \\ or control characters')
  if (cloudPath.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')) {
    throw errors.invalidParam('cloudPath must not contain empty, "." or ".." segments')
  }
  return cloudPath
}

export function toFileId(envId: string, cloudPath: string): string {
  return `cloud://${envId}.${EMULATOR_BUCKET}/${cloudPath}`
}

/** The cloud path of a fileID (any environment prefix is accepted). */
export function cloudPathOf(fileID: unknown): string {
  const match = typeof fileID === 'string' ? /^cloud:\/\/[^/]+\/(.+)$/.exec(fileID) : null
  if (!match) throw errors.invalidParam(`invalid fileID ${JSON.stringify(fileID)}: expected cloud://<env>.<bucket>/<path>`)
  return assertCloudPath(match[1])
}
