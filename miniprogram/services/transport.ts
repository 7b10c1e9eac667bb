/**
 * How a call leaves the phone. Production: wx.cloud (cloud-transport.ts). Development: the local
 * emulator's gateway over wx.request / wx.uploadFile with a chosen test identity (dev-transport.ts).
 * A transport knows nothing of contracts: it carries `{ action, data }` and returns the function's raw
 * reply, or throws a TransportError when no reply came back.
 */
export interface Transport {
  /** Which transport this is, for the settings page ("云开发" / "本地模拟器"). */
  readonly label: string;
  /** Who the caller is as far as the phone knows: "cloud" in production, the test openid in development. */
  readonly identity: string;
  invoke(fn: string, event: { action: string; data: unknown }): Promise<unknown>;
  /** Uploads a local file (wx.chooseMedia's tempFilePath) to `cloudPath`; resolves with its fileID. */
  upload(cloudPath: string, filePath: string, onProgress?: (percent: number) => void): Promise<string>;
}

/**
 * No usable reply. `refused`: the server answered but would not take it (storage rules refusing a
 * path, a bad file); otherwise the request did not get through. `userMessage`: what to tell people when
 * the transport knows better than "no network" (the emulator still seeding its demo, say).
 */
export class TransportError extends Error {
  readonly refused: boolean;
  readonly userMessage: string | undefined;

  constructor(message: string, options: { refused?: boolean; userMessage?: string } = {}) {
    super(message);
    this.name = 'TransportError';
    this.refused = options.refused ?? false;
    this.userMessage = options.userMessage;
  }
}
