/**
 * Photos from the phone: wx.chooseMedia (WeChat's compressed copy), wx.compressImage once more for a
 * large one (village networks are slow), and kept among the mini-program's own files (saveFile) so that a
 * draft's photos outlive the temporary files when the app is closed before they are sent.
 */

/** A photo above this size is compressed again before upload (chooseMedia's "compressed" can leave 3–5 MB). */
export const COMPRESS_ABOVE_BYTES = 1024 * 1024;

function compress(src: string): Promise<string> {
  return new Promise((resolve) => {
    wx.compressImage({ src, quality: 70, success: (r) => resolve(r.tempFilePath), fail: () => resolve(src) });
  });
}

/** Moves a temporary file into the mini-program's own files; the temporary path when that fails (storage full). */
function keep(tempFilePath: string): Promise<string> {
  return new Promise((resolve) => {
    wx.getFileSystemManager().saveFile({ tempFilePath, success: (r) => resolve(r.savedFilePath), fail: () => resolve(tempFilePath) });
  });
}

/** Lets the member take or pick up to `count` photos; resolves with their kept paths ([] when they cancel). */
export function pickPhotos(count: number): Promise<string[]> {
  return new Promise((resolve) => {
    wx.chooseMedia({
      count,
      mediaType: ['image'],
      sizeType: ['compressed'],
      sourceType: ['album', 'camera'],
      success: (result) => {
        const paths = result.tempFiles.map((file) => (file.size > COMPRESS_ABOVE_BYTES ? compress(file.tempFilePath) : file.tempFilePath));
        void Promise.all(paths.map(async (path) => keep(await path))).then(resolve);
      },
      fail: () => resolve([]),
    });
  });
}

/** Removes a kept photo file once its report is sent or the photo removed (a temporary path is left alone). */
export function forgetFile(path: string): void {
  if (!path.startsWith(wx.env.USER_DATA_PATH) && !/^wxfile:\/\/store_/.test(path)) return;
  wx.getFileSystemManager().removeSavedFile({ filePath: path, fail: () => undefined });
}

/** Opens photos full-screen (wx.previewImage). */
export function previewPhotos(current: string, urls: string[]): void {
  wx.previewImage({ current, urls, fail: () => undefined });
}
