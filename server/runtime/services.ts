import cloud from 'wx-server-sdk';
import { WechatContentCheck } from '../adapters/content-check/wechat-content-check';
import type { OpenApi } from '../adapters/content-check/open-api';
import { CloudbaseExportFiles } from '../adapters/excel/cloudbase-export-files';
import { CloudbaseRosterFiles } from '../adapters/excel/cloudbase-roster-files';
import { CloudbasePhotoStore } from '../adapters/storage/cloudbase-photo-store';
import { MiniprogramState, WechatSubscribeNotifier } from '../adapters/wechat-subscribe/wechat-subscribe-notifier';
import { cloudbaseApp, CloudbaseApp, Database } from '../db/cloudbase';
import type { ContentCheck, PhotoStore } from '../reports/report-media';
import type { ExportFiles } from '../exports/export-files';
import type { RosterFiles } from '../roster/roster-files';
import { MINIPROGRAM_STATE_ENV, templateIdsFromEnv } from '../notices/notice-templates';
import type { Notifier } from '../notices/notifier';

export type { OpenApi };

/** Everything application code reaches outside itself. Tests and `npm start` build the same ones. */
export interface Services {
  app: CloudbaseApp;
  db: Database;
  openApi: OpenApi;
  /** The clock: the only place application code learns the time. */
  now: () => Date;
  /** Report photos in storage (server/adapters/storage). */
  photos: PhotoStore;
  /** WeChat's content checks (server/adapters/content-check). */
  contentCheck: ContentCheck;
  /** Uploaded rosters (server/adapters/excel). */
  rosters: RosterFiles;
  /** The paper forms as .xlsx files in storage (server/adapters/excel). */
  exports: ExportFiles;
  /** WeChat's subscription messages (server/adapters/wechat-subscribe), templates from the environment. */
  notifier: Notifier;
}

let wxKey: string | null = null;

function openApi(): OpenApi {
  const key = `${process.env.TCB_CONTEXT_CNFG ?? ''}|${process.env.TCB_ENV ?? ''}`;
  if (wxKey !== key) {
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
    wxKey = key;
  }
  return cloud.openapi as unknown as OpenApi;
}

/** Which mini-program subscription messages open (NOTICE_MINIPROGRAM_STATE): the released one unless the deployment says. */
function miniprogramState(): MiniprogramState {
  const state = process.env[MINIPROGRAM_STATE_ENV];
  return state === 'developer' || state === 'trial' ? state : 'formal';
}

/** The services of a deployed function (and of the emulator's in-process functions): the adapters are wired here, and only here. */
export function defaultServices(overrides: Partial<Services> = {}): Services {
  const app = overrides.app ?? cloudbaseApp();
  const wechat = overrides.openApi ?? openApi();
  return {
    app,
    db: overrides.db ?? app.database(),
    openApi: wechat,
    now: overrides.now ?? (() => new Date()),
    photos: overrides.photos ?? new CloudbasePhotoStore(app),
    contentCheck: overrides.contentCheck ?? new WechatContentCheck(wechat),
    rosters: overrides.rosters ?? new CloudbaseRosterFiles(app),
    exports: overrides.exports ?? new CloudbaseExportFiles(app),
    notifier: overrides.notifier ?? new WechatSubscribeNotifier(wechat, templateIdsFromEnv(process.env), miniprogramState()),
  };
}
