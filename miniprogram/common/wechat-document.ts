/**
 * Opening a file the functions wrote (an export's temporary link) on the phone: wx.downloadFile, then
 * wx.openDocument. Two WeChat quirks, handled here once:
 * - downloadFile calls `success` for any answer of the server, a 403 of an expired link included: only
 *   statusCode 200 is the file (the link lasts an hour; ask the function for a new one).
 * - openDocument shows no menu since WeChat 7.0.12 unless `showMenu` is passed, and without the menu
 *   nobody can forward or save the file; `fileType` is passed too (some phones open nothing without it).
 * The file is downloaded under its own name (wx.env.USER_DATA_PATH), so what they forward reads
 * "党委汇总表 …（青石镇党委 2026年）.xlsx", not a random temporary name. The link's host is the cloud
 * environment's storage; should WeChat refuse it on a phone (downloadFile: "url not in domain list"), add it
 * under 开发管理 → 服务器域名 → downloadFile 合法域名 (not yet tried on a real phone).
 */
export type DocumentOutcome = { ok: true } | { ok: false; step: 'download' | 'open'; expired: boolean; message: string };

/** Characters a file name may not hold on a phone's file system. */
const saveName = (fileName: string) => fileName.replace(/[\\/:*?"<>|\s]+/g, '_');

function download(url: string, fileName: string): Promise<{ ok: true; path: string } | { ok: false; status: number; message: string }> {
  const filePath = `${wx.env.USER_DATA_PATH}/${saveName(fileName)}`;
  return new Promise((resolve) => {
    wx.downloadFile({
      url,
      filePath,
      success: (result) =>
        resolve(
          result.statusCode === 200
            ? { ok: true, path: result.filePath || result.tempFilePath || filePath }
            : { ok: false, status: result.statusCode, message: `downloadFile: HTTP ${result.statusCode}` },
        ),
      fail: (error) => resolve({ ok: false, status: 0, message: error.errMsg }),
    });
  });
}

/** Downloads the .xlsx behind `url` and opens it in WeChat's viewer, with the menu to forward or save it. */
export async function openSpreadsheet(url: string, fileName: string): Promise<DocumentOutcome> {
  const downloaded = await download(url, fileName);
  if (!downloaded.ok) {
    return { ok: false, step: 'download', expired: downloaded.status === 403 || downloaded.status === 404, message: downloaded.message };
  }
  return new Promise((resolve) => {
    wx.openDocument({
      filePath: downloaded.path,
      fileType: 'xlsx',
      showMenu: true,
      success: () => resolve({ ok: true }),
      fail: (error) => resolve({ ok: false, step: 'open', expired: false, message: error.errMsg }),
    });
  });
}
