import { createCloudTransport } from './cloud-transport';
import { createDevTransport } from './dev-transport';
import { readDevSettings } from './dev-settings';
import { createServiceClient, type ServiceClient } from './service-client';
import { createSession, type Session } from './session';

/** What pages use to reach the backend. Tests provide their own (a fake client counting calls). */
export interface Services {
  client: ServiceClient;
  session: Session;
}

/**
 * The cloud environment for wx.cloud.init. Empty: the environment the mini-program is attached to in
 * WeChat DevTools / the 云开发 console (wx.cloud's default); set it to pin one (docs/deploy.md).
 */
export const CLOUD_ENV = '';

let current: Services | undefined;

export function services(): Services {
  if (!current) current = createDefaultServices();
  return current;
}

/** Replaces the services (tests), or with nothing makes the next `services()` build them anew (identity changed). */
export function provideServices(next: Services | undefined): void {
  current = next;
}

export function createDefaultServices(): Services {
  const dev = readDevSettings();
  const transport = dev?.enabled ? createDevTransport(dev) : createCloudTransport(CLOUD_ENV);
  const client = createServiceClient(transport);
  return { client, session: createSession(client) };
}
