import type { CloudbaseApp } from '../../db/cloudbase';

/** Any path does: getUploadMetadata only signs an upload, it writes nothing. */
const PROBE_PATH = 'reports/storage-root-probe.jpg';
const roots = new WeakMap<CloudbaseApp, Promise<string>>();

/**
 * This environment's storage root, `cloud://<env>.<bucket>/`: the prefix of every fileID its storage
 * hands out. Learned from the storage service itself — the fileID storage.getUploadMetadata announces
 * for a path — once per function instance (one storage request on a cold start, none afterwards), so
 * there is nothing to configure per environment and nothing to get wrong. A failure is not remembered.
 */
export function storageRootOf(app: CloudbaseApp): Promise<string> {
  let root = roots.get(app);
  if (!root) {
    root = app.getUploadMetadata({ cloudPath: PROBE_PATH }).then(({ data }) => {
      const fileId = data?.fileId;
      if (typeof fileId !== 'string' || !/^cloud:\/\/[^/]+\//.test(fileId) || !fileId.endsWith(`/${PROBE_PATH}`)) {
        throw new Error(`storage.getUploadMetadata answered no fileID for ${PROBE_PATH}: ${JSON.stringify(data)}`);
      }
      return fileId.slice(0, fileId.length - PROBE_PATH.length);
    });
    roots.set(app, root);
    root.catch(() => roots.delete(app));
  }
  return root;
}
