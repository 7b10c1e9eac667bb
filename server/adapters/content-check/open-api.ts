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
      miniprogramState?: 'developer' | 'trial' | 'formal';
      lang?: 'zh_CN';
    }): Promise<{ errCode?: number; errMsg?: string }>;
  };
}
