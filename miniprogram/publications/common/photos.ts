/**
 * An appeal's photos on the phone: wx.chooseMedia (WeChat's compressed copy; a photo still over 1 MB is
 * compressed once more for village networks), kept among the mini-program's own files (saveFile) so that
 * an appeal waiting for the network keeps its photos when the app is closed; full-screen previews.
 * The same steps as the report page's photos; this subpackage keeps its own copy so that it depends on
 * nothing outside the main package's committed modules.
 */
const COMPRESS_ABOVE_BYTES = 1024 * 1024;

const compress = (src: string) =>
  new Promise<string>((resolve) =>
    wx.compressImage({ src, quality: 70, success: (r) => resolve(r.tempFilePath), fail: () => resolve(src) }),
  );

const keep = (tempFilePath: string) =>
  new Promise<string>((resolve) =>
    wx.getFileSystemManager().saveFile({ tempFilePath, success: (r) => resolve(r.savedFilePath), fail: () => resolve(tempFilePath) }),
  );

/** Lets the member take or pick up to `count` photos; their kept paths ([] when they cancel). */
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

/** Removes a kept photo once its appeal is filed or the photo removed (a temporary path is left alone). */
export function forgetFile(path: string): void {
  if (!path.startsWith(wx.env.USER_DATA_PATH) && !/^wxfile:\/\/store_/.test(path)) return;
  wx.getFileSystemManager().removeSavedFile({ filePath: path, fail: () => undefined });
}

/** Opens photos full-screen. */
export function previewPhotos(current: string, urls: string[]): void {
  wx.previewImage({ current, urls, fail: () => undefined });
}
