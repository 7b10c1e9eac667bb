import { TransportError, type Transport } from './transport';

export interface DevTarget {
  /** The emulator, e.g. http://127.0.0.1:8790 (npm start). */
  baseUrl: string;
  /** The test identity every request carries in X-WX-OPENID (the emulator alone honours it). */
  openid: string;
}

const TIMEOUT_MS = 15_000;

/**
 * Development: the emulator's gateway, as tools/dev-client.ts speaks to it — POST /functions/<fn> with
 * X-WX-OPENID, uploads to /_emulator/storage/upload (multipart: cloudPath + file) with the same header.
 * WeChat DevTools must be told not to check the domain (详情 → 本地设置 → 不校验合法域名).
 */
export function createDevTransport(target: DevTarget): Transport {
  const header = { 'content-type': 'application/json', 'X-WX-OPENID': target.openid };
  return {
    label: '本地模拟器',
    identity: target.openid,
    invoke(fn, event) {
      return new Promise((resolve, reject) => {
        wx.request({
          url: `${target.baseUrl}/functions/${fn}`,
          method: 'POST',
          header,
          data: event,
          timeout: TIMEOUT_MS,
          success: (response) => {
            const body = response.data as { result?: unknown; code?: string; message?: string } | string;
            if (typeof body === 'object' && body !== null && 'result' in body) return resolve(body.result);
            const message = typeof body === 'object' && body !== null ? body.message : undefined;
            reject(
              new TransportError(`${fn}: HTTP ${response.statusCode}`, {
                userMessage: message ? `本地模拟器：${message}` : undefined,
              }),
            );
          },
          fail: (error) =>
            reject(
              new TransportError(`${fn}: ${error.errMsg}`, {
                userMessage: `连不上本地模拟器 ${target.baseUrl}。请在电脑上运行 npm start，并在开发者工具勾选“不校验合法域名”，再点“重试”。`,
              }),
            ),
        });
      });
    },
    upload(cloudPath, filePath, onProgress) {
      return new Promise((resolve, reject) => {
        const task = wx.uploadFile({
          url: `${target.baseUrl}/_emulator/storage/upload`,
          filePath,
          name: 'file',
          formData: { cloudPath },
          header: { 'X-WX-OPENID': target.openid },
          timeout: TIMEOUT_MS * 4,
          success: (response) => {
            let body: { fileID?: string; message?: string } = {};
            try {
              body = JSON.parse(response.data) as typeof body;
            } catch {
              // not JSON: handled below as a refusal without a message
            }
            if (response.statusCode === 200 && body.fileID) return resolve(body.fileID);
            // The emulator's refusal is worded for developers (STORAGE_EXCEED_AUTHORITY …): logged, not shown.
            reject(
              new TransportError(`upload ${cloudPath}: HTTP ${response.statusCode} ${body.message ?? ''}`, {
                refused: response.statusCode >= 400 && response.statusCode < 500,
              }),
            );
          },
          fail: (error) => reject(new TransportError(`upload ${cloudPath}: ${error.errMsg}`)),
        });
        if (onProgress && task) task.onProgressUpdate((progress) => onProgress(progress.progress));
      });
    },
  };
}
