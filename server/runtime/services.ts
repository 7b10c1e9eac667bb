import cloud from 'wx-server-sdk';
import { cloudbaseApp, CloudbaseApp, Database } from '../db/cloudbase';

/** The WeChat open APIs the product uses (wx-server-sdk's cloud.openapi; the emulator answers them locally). */
export interface OpenApi {
  security: {
    msgSecCheck(params: {
      openid: string;
      scene: 1 | 2 | 3 | 4;
      version: 2;
      content: string;
    }): Promise<{ errCode?: number; result?: { suggest?: string; label?: number } }>;
    mediaCheckAsync(params: {
      openid: string;
      scene: 1 | 2 | 3 | 4;
      version: 2;
      mediaUrl: string;
      mediaType: 1 | 2;
    }): Promise<{ errCode?: number; traceId?: string }>;
  };
  subscribeMessage: {
    send(params: {
      touser: string;
      templateId: string;
      page?: string;
      data: Record<string, { value: string }>;
    }): Promise<{ errCode?: number }>;
  };
}

/** Everything application code reaches outside itself. Tests and `npm start` build the same ones. */
export interface Services {
  app: CloudbaseApp;
  db: Database;
  openApi: OpenApi;
  /** The clock: the only place application code learns the time. */
  now: () => Date;
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

export function defaultServices(overrides: Partial<Services> = {}): Services {
  const app = overrides.app ?? cloudbaseApp();
  return {
    app,
    db: overrides.db ?? app.database(),
    openApi: overrides.openApi ?? openApi(),
    now: overrides.now ?? (() => new Date()),
  };
}
