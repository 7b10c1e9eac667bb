import { TransportError, type Transport } from './transport';

/**
 * Production: the functions through wx.cloud.callFunction (the platform adds the caller's identity),
 * photos through wx.cloud.uploadFile. `wx.cloud.init` runs once, here, the first time it is needed.
 */
export function createCloudTransport(env: string): Transport {
  let initialised = false;
  const cloud = () => {
    if (!initialised) {
      // No env: the environment the mini-program is attached to (wx.cloud's default).
      wx.cloud.init(env ? { env, traceUser: false } : { traceUser: false });
      initialised = true;
    }
    return wx.cloud;
  };
  return {
    label: '云开发',
    identity: 'cloud',
    invoke(fn, event) {
      return new Promise((resolve, reject) => {
        cloud().callFunction({
          name: fn,
          data: event,
          success: (response) => resolve(response.result),
          fail: (error) => reject(new TransportError(`callFunction ${fn}: ${error.errMsg}`)),
        });
      });
    },
    upload(cloudPath, filePath, onProgress) {
      return new Promise((resolve, reject) => {
        const task = cloud().uploadFile({
          cloudPath,
          filePath,
          success: (response) => resolve(response.fileID),
          fail: (error) =>
            // Storage answers a refusal (rules, size) with an errCode; a dropped connection has none.
            reject(
              new TransportError(`uploadFile ${cloudPath}: ${error.errMsg}`, { refused: /STORAGE|permission|-50300/i.test(error.errMsg) }),
            ),
        });
        if (onProgress && task) task.onProgressUpdate((progress) => onProgress(progress.progress));
      });
    },
  };
}
