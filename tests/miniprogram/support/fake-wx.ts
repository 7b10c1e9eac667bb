/**
 * The fake `wx` the page tests run against (as tdesign-miniprogram's own tests do, over
 * miniprogram-simulate's API stubs): storage in memory, a network that can be switched off, navigation
 * and toasts recorded, the phone's font size and build kind settable, photos to pick (chooseMedia), dialogs
 * answered (showModal), full-screen previews and subscription requests recorded, photos compressed and kept
 * among the mini-program's own files (compressImage, FileSystemManager.saveFile). `wx.cloud`, `wx.request` and
 * `wx.uploadFile` throw: pages reach the backend only through the service client, which tests replace.
 */
export interface FakeWxState {
  storage: Map<string, unknown>;
  online: boolean;
  networkListeners: Set<(result: { isConnected: boolean; networkType: string }) => void>;
  navigations: { kind: 'navigateTo' | 'reLaunch' | 'redirectTo' | 'navigateBack'; url?: string }[];
  toasts: string[];
  pullDownStopped: number;
  fontSizeSetting: number;
  envVersion: 'develop' | 'trial' | 'release';
  platform: 'ios' | 'android' | 'devtools';
  /** What wx.chooseMedia hands over next: the photos the member "picks" (none left: they cancelled). */
  pickedMedia: string[][];
  /** wx.showModal: each dialog shown, and the answer the member gives (confirm unless set). */
  modals: { title: string; content: string }[];
  modalConfirms: boolean;
  /** wx.downloadFile: each link fetched (and where to), and the HTTP status the server answers (200 unless set). */
  downloads: { url: string; filePath?: string }[];
  downloadStatus: number;
  /** wx.openDocument: each file opened, its type, and whether the menu to forward it shows. */
  documents: { filePath: string; fileType?: string; showMenu?: boolean }[];
  /** wx.previewImage: the photos opened full-screen. */
  previews: { current: string; urls: string[] }[];
  /** wx.requestSubscribeMessage: the template ids asked for, each call. */
  subscribeRequests: string[][];
  /** wx.chooseMessageFile: the files picked from a chat, one list per time (none left: cancelled). */
  pickedFiles: { path: string; name: string; size: number }[][];
  /** wx.setClipboardData: each text copied. */
  clipboard: string[];
  /** What the member answers in the subscription dialog. */
  subscribeAnswer: 'accept' | 'reject';
  /** Sizes of picked photos by path (bytes; 120 KB when not set): large ones are compressed again. */
  fileSizes: Map<string, number>;
  /** wx.compressImage: the photos compressed (each becomes "<path>.small.jpg"). */
  compressed: string[];
  /** The mini-program's own files (FileSystemManager.saveFile moves a temporary file here). */
  savedFiles: Set<string>;
}

export const wxState: FakeWxState = freshState();

function freshState(): FakeWxState {
  return {
    storage: new Map(),
    online: true,
    networkListeners: new Set(),
    navigations: [],
    toasts: [],
    pullDownStopped: 0,
    fontSizeSetting: 17,
    envVersion: 'release',
    platform: 'ios',
    pickedMedia: [],
    modals: [],
    modalConfirms: true,
    downloads: [],
    downloadStatus: 200,
    documents: [],
    previews: [],
    subscribeRequests: [],
    pickedFiles: [],
    clipboard: [],
    subscribeAnswer: 'accept',
    fileSizes: new Map(),
    compressed: [],
    savedFiles: new Set(),
  };
}

/** Back to a new phone: empty storage, online, standard font, a release build. */
export function resetWx(): void {
  Object.assign(wxState, freshState());
}

/** Turns the network off or on; listeners (pages waiting to come back online) are told, as WeChat does. */
export function setOnline(online: boolean): void {
  wxState.online = online;
  for (const listener of [...wxState.networkListeners]) listener({ isConnected: online, networkType: online ? 'wifi' : 'none' });
}

/** WeChat stores what JSON can hold: a copy, so a page cannot change stored data by mutating what it read. */
const copy = (value: unknown): unknown => (value === undefined ? '' : JSON.parse(JSON.stringify(value)));

type Callbacks<T> = { success?: (result: T) => void; fail?: (error: { errMsg: string }) => void; complete?: () => void };
const ok = <T>(options: Callbacks<T> | undefined, result: T) => {
  options?.success?.(result);
  options?.complete?.();
};
const forbidden = (name: string) => () => {
  throw new Error(`pages must not call wx.${name}: they use the service client (services/services.ts)`);
};

const systemInfo = () => ({
  SDKVersion: '3.4.0',
  fontSizeSetting: wxState.fontSizeSetting,
  language: 'zh_CN',
  model: 'iPhone 12',
  pixelRatio: 3,
  platform: wxState.platform,
  screenWidth: 375,
  screenHeight: 812,
  windowWidth: 375,
  windowHeight: 812,
  statusBarHeight: 44,
  system: 'iOS 16.0',
  version: '8.0.50',
  theme: 'light',
});

export function createFakeWx(): Record<string, unknown> {
  return {
    getStorageSync: (key: string) => (wxState.storage.has(key) ? copy(wxState.storage.get(key)) : ''),
    setStorageSync: (key: string, value: unknown) => void wxState.storage.set(key, copy(value)),
    removeStorageSync: (key: string) => void wxState.storage.delete(key),
    getNetworkType: (options: Callbacks<{ networkType: string }>) => ok(options, { networkType: wxState.online ? 'wifi' : 'none' }),
    onNetworkStatusChange: (listener: FakeWxState['networkListeners'] extends Set<infer L> ? L : never) =>
      void wxState.networkListeners.add(listener),
    offNetworkStatusChange: (listener: FakeWxState['networkListeners'] extends Set<infer L> ? L : never) =>
      void wxState.networkListeners.delete(listener),
    navigateTo: (options: Callbacks<unknown> & { url: string }) => {
      wxState.navigations.push({ kind: 'navigateTo', url: options.url });
      ok(options, {});
    },
    reLaunch: (options: Callbacks<unknown> & { url: string }) => {
      wxState.navigations.push({ kind: 'reLaunch', url: options.url });
      ok(options, {});
    },
    redirectTo: (options: Callbacks<unknown> & { url: string }) => {
      wxState.navigations.push({ kind: 'redirectTo', url: options.url });
      ok(options, {});
    },
    navigateBack: (options?: Callbacks<unknown>) => {
      wxState.navigations.push({ kind: 'navigateBack' });
      ok(options, {});
    },
    showToast: (options: Callbacks<unknown> & { title: string }) => {
      wxState.toasts.push(options.title);
      ok(options, {});
    },
    stopPullDownRefresh: () => void wxState.pullDownStopped++,
    chooseMedia: (options: Callbacks<{ type: string; tempFiles: { tempFilePath: string; size: number; fileType: string }[] }>) => {
      const picked = wxState.pickedMedia.shift();
      if (!picked) {
        options.fail?.({ errMsg: 'chooseMedia:fail cancel' });
        options.complete?.();
        return;
      }
      ok(options, {
        type: 'image',
        tempFiles: picked.map((tempFilePath) => ({
          tempFilePath,
          size: wxState.fileSizes.get(tempFilePath) ?? 120_000,
          fileType: 'image',
        })),
      });
    },
    previewImage: (options: Callbacks<unknown> & { current: string; urls: string[] }) => {
      wxState.previews.push({ current: options.current, urls: options.urls });
      ok(options, {});
    },
    showModal: (options: Callbacks<{ confirm: boolean; cancel: boolean }> & { title: string; content: string }) => {
      wxState.modals.push({ title: options.title, content: options.content });
      ok(options, { confirm: wxState.modalConfirms, cancel: !wxState.modalConfirms });
    },
    requestSubscribeMessage: (options: Callbacks<Record<string, string>> & { tmplIds: string[] }) => {
      wxState.subscribeRequests.push(options.tmplIds);
      ok(options, Object.fromEntries(options.tmplIds.map((id) => [id, wxState.subscribeAnswer])));
    },
    compressImage: (options: Callbacks<{ tempFilePath: string }> & { src: string }) => {
      wxState.compressed.push(options.src);
      ok(options, { tempFilePath: `${options.src}.small.jpg` });
    },
    getFileSystemManager: () => ({
      saveFile: (options: Callbacks<{ savedFilePath: string }> & { tempFilePath: string }) => {
        const savedFilePath = `wxfile://store_${options.tempFilePath.replace(/^.*\//, '')}`;
        wxState.savedFiles.add(savedFilePath);
        ok(options, { savedFilePath });
      },
      removeSavedFile: (options: Callbacks<unknown> & { filePath: string }) => {
        wxState.savedFiles.delete(options.filePath);
        ok(options, {});
      },
    }),
    pageScrollTo: (options?: Callbacks<unknown>) => ok(options, {}),
    getSystemInfoSync: systemInfo,
    getWindowInfo: () => systemInfo(),
    getDeviceInfo: () => ({ platform: wxState.platform, model: 'iPhone 12', system: 'iOS 16.0', pixelRatio: 3 }),
    getAppBaseInfo: () => ({
      SDKVersion: '3.4.0',
      version: '8.0.50',
      fontSizeSetting: wxState.fontSizeSetting,
      language: 'zh_CN',
      theme: 'light',
    }),
    getAccountInfoSync: () => ({ miniProgram: { appId: 'wx-test', envVersion: wxState.envVersion, version: '' } }),
    getMenuButtonBoundingClientRect: () => ({ bottom: 80, height: 32, left: 281, right: 368, top: 48, width: 87 }),
    chooseMessageFile: (
      options: Callbacks<{ tempFiles: { path: string; name: string; size: number; type: string; time: number }[] }> & { count: number },
    ) => {
      const picked = wxState.pickedFiles.shift();
      if (!picked) {
        options.fail?.({ errMsg: 'chooseMessageFile:fail cancel' });
        options.complete?.();
        return;
      }
      ok(options, { tempFiles: picked.slice(0, options.count).map((f) => ({ ...f, type: 'file', time: 1764200000 })) });
    },
    setClipboardData: (options: Callbacks<unknown> & { data: string }) => {
      wxState.clipboard.push(options.data);
      ok(options, {});
    },
    downloadFile: (
      options: Callbacks<{ statusCode: number; tempFilePath: string; filePath?: string }> & { url: string; filePath?: string },
    ) => {
      wxState.downloads.push({ url: options.url, ...(options.filePath ? { filePath: options.filePath } : {}) });
      if (!wxState.online) {
        options.fail?.({ errMsg: 'downloadFile:fail network error' });
        options.complete?.();
        return;
      }
      const tempFilePath = options.filePath ? '' : 'wxfile://tmp_download';
      ok(options, { statusCode: wxState.downloadStatus, tempFilePath, ...(options.filePath ? { filePath: options.filePath } : {}) });
    },
    openDocument: (options: Callbacks<unknown> & { filePath: string; fileType?: string; showMenu?: boolean }) => {
      wxState.documents.push({ filePath: options.filePath, fileType: options.fileType, showMenu: options.showMenu });
      ok(options, {});
    },
    env: { USER_DATA_PATH: 'wxfile://usr' },
    request: forbidden('request'),
    uploadFile: forbidden('uploadFile'),
    cloud: { init: forbidden('cloud.init'), callFunction: forbidden('cloud.callFunction'), uploadFile: forbidden('cloud.uploadFile') },
  };
}
