/**
 * A drop-in for wx-server-sdk's `cloud.openapi` over the emulator's plain-HTTP endpoint, for code
 * that does not use wx-server-sdk (wx-server-sdk itself reaches the emulator through its serviceUrl).
 * Same method names and shapes: camelCase in and out, `errCode: 0` on success, and on a WeChat error
 * a thrown Error with `errCode` / `errMsg` (e.g. 43101 when the user refused the subscription).
 */
export interface OpenApiResult {
  errCode: number;
  errMsg: string;
  [key: string]: unknown;
}

export interface MsgSecCheckParams {
  content: string;
  version?: 2;
  scene?: 1 | 2 | 3 | 4;
  openid?: string;
  title?: string;
  nickname?: string;
  signature?: string;
}

export interface MediaCheckAsyncParams {
  mediaUrl: string;
  mediaType: 1 | 2;
  version?: 2;
  scene?: 1 | 2 | 3 | 4;
  openid?: string;
}

export interface SubscribeMessageSendParams {
  touser: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: string }>;
  miniprogramState?: 'developer' | 'trial' | 'formal';
  lang?: string;
}

export interface EmulatorOpenApi {
  security: {
    msgSecCheck(params: MsgSecCheckParams): Promise<OpenApiResult>;
    mediaCheckAsync(params: MediaCheckAsyncParams): Promise<OpenApiResult>;
  };
  subscribeMessage: {
    send(params: SubscribeMessageSendParams): Promise<OpenApiResult>;
  };
}

export class OpenApiError extends Error {
  readonly errCode: number;
  readonly errMsg: string;
  constructor(errCode: number, errMsg: string) {
    super(`errCode: ${errCode} | errMsg: ${errMsg}`);
    this.name = 'OpenApiError';
    this.errCode = errCode;
    this.errMsg = errMsg;
  }
}

export function createEmulatorOpenApi(emulatorUrl: string, options: { openid?: string } = {}): EmulatorOpenApi {
  const call = async (api: string, params: object): Promise<OpenApiResult> => {
    const response = await fetch(`${emulatorUrl}/_emulator/openapi/${api}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(options.openid ? { 'x-wx-openid': options.openid } : {}) },
      body: JSON.stringify(params),
    });
    const body = (await response.json()) as Partial<OpenApiResult> & { code?: string; message?: string };
    if (typeof body.errCode !== 'number')
      throw new OpenApiError(-1, `openapi.${api}:fail ${body.code ?? response.status} ${body.message ?? ''}`.trim());
    if (body.errCode !== 0) throw new OpenApiError(body.errCode, body.errMsg ?? '');
    return body as OpenApiResult;
  };
  return {
    security: {
      msgSecCheck: (params) => call('security.msgSecCheck', params),
      mediaCheckAsync: (params) => call('security.mediaCheckAsync', params),
    },
    subscribeMessage: {
      send: (params) => call('subscribeMessage.send', params),
    },
  };
}
