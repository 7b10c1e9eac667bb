import { errors } from '../errors';

/** The Tencent Cloud APPID part of the emulator's bucket name (a made-up account number). */
export const EMULATOR_COS_APPID = '1250000000';

/**
 * The bucket of an environment, named like CloudBase names them: the hex of the env id's first two
 * characters, the env id, the Tencent Cloud APPID — e.g. fileIDs
 * `cloud://prod-0abc.7072-prod-0abc-1307000000/photo.jpg` ("7072" is "pr" in hex).
 */
export function bucketOf(envId: string): string {
  return `${Buffer.from(envId.slice(0, 2), 'utf8').toString('hex')}-${envId}-${EMULATOR_COS_APPID}`;
}

/**
 * Cloud paths are kept simple so they are safe as URL paths and file names:
 * relative, no "..", no "?", "#", "%", "\" or control characters, at most 850 bytes (COS key limit).
 */
export function assertCloudPath(cloudPath: unknown): string {
  if (typeof cloudPath !== 'string' || cloudPath === '') throw errors.invalidParam('cloudPath must be a non-empty string');
  if (Buffer.byteLength(cloudPath) > 850) throw errors.invalidParam('cloudPath is longer than 850 bytes');
  if (cloudPath.startsWith('/') || cloudPath.endsWith('/')) throw errors.invalidParam('cloudPath must not start or end with "/"');
  // eslint-disable-next-line no-control-regex -- control characters are what this check refuses
  if (/[?#%\\\u0000-\u001f\u007f]/.test(cloudPath))
    throw errors.invalidParam('cloudPath must not contain ?, #, %, \\ or control characters');
  if (cloudPath.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')) {
    throw errors.invalidParam('cloudPath must not contain empty, "." or ".." segments');
  }
  return cloudPath;
}

/** cloud://<env>.<bucket>/<cloudPath> */
export function toFileId(envId: string, cloudPath: string): string {
  return `cloud://${envId}.${bucketOf(envId)}/${cloudPath}`;
}

/** The parts of a fileID (INVALID_PARAM when it is not one). */
export function parseFileId(fileID: unknown): { envId: string; bucket: string; cloudPath: string } {
  const match = typeof fileID === 'string' ? /^cloud:\/\/([^./]+)\.([^/]+)\/(.+)$/.exec(fileID) : null;
  if (!match) throw errors.invalidParam(`invalid fileID ${JSON.stringify(fileID)}: expected cloud://<env>.<bucket>/<path>`);
  return { envId: match[1] as string, bucket: match[2] as string, cloudPath: assertCloudPath(match[3]) };
}
