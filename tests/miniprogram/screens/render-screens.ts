/**
 * `npm run screens`, first half (jest, the page tests' set-up): each *.screens.ts file renders one page's
 * scenarios with miniprogram-simulate and writes each as HTML to .data/screens/; tools/screens/shoot.ts
 * then photographs them with headless Chromium into docs/screens/. One page per file, as in the tests: a
 * jest module registry runs a component's code once, so the simulator can load a page once per file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { provideServices } from '../../../miniprogram/services/services';
import { setNow } from '../../../miniprogram/common/clock';
import { fakeBackend } from '../support/fake-backend';
import { resetWx, wxState } from '../support/fake-wx';
import { load, MINIPROGRAM, pick, render, simulate, tap, tapButton, until } from '../support/render';
import { typeInto } from '../support/type-into';
import type { Scenario } from './scenarios';
import { screenHtml } from './screen-html';

// Keep rpx in the inserted WXSS: screen-html converts it for a 375-pt phone (the simulator's 1rpx = 1px would double everything).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the simulator's own helper, replaced for the photographs
const simulateUtils = require('miniprogram-simulate/src/utils') as { transformRpx: (css: string) => string };
simulateUtils.transformRpx = (css) => css;

export const SCREENS_OUT = join(MINIPROGRAM, '..', '.data', 'screens');

/** Renders each scenario of one page (all must name the same page) and writes it as HTML. */
export function renderScreens(scenarios: Scenario[]): void {
  let id = '';
  beforeAll(() => {
    mkdirSync(SCREENS_OUT, { recursive: true });
    id = load(scenarios[0].page);
  });
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', async (_, scenario) => {
    await renderScenario(id, scenario);
  });
}

async function renderScenario(id: string, scenario: Scenario): Promise<void> {
  resetWx();
  wxState.storage.set('careMode', scenario.care ? 'on' : 'off');
  if (scenario.profile) wxState.storage.set(`profile:${scenario.identity}`, scenario.profile);
  if (scenario.develop) Object.assign(wxState, { envVersion: 'develop', platform: 'devtools' });
  for (const [key, value] of Object.entries(scenario.storage ?? {})) wxState.storage.set(key, value);
  wxState.pickedMedia.push(...(scenario.picked ?? []));
  const backend = fakeBackend(scenario.replies, scenario.identity);
  scenario.prepare?.(backend);
  provideServices(backend.services);
  setNow(scenario.now ? new Date(scenario.now) : null);
  const page = render(id, scenario.query);
  // Steps act on the loaded page: wait for its first screen (a page without a state has nothing to wait for).
  if (scenario.steps?.length) await until(() => (page.data as { state?: string }).state !== 'loading');
  for (const step of scenario.steps ?? []) {
    if ('type' in step) await typeInto(page, step.type, ...step.into);
    else if ('tapButton' in step) await tapButton(page, ...step.tapButton);
    else if ('event' in step) {
      pick(page, ...step.on).dispatchEvent(step.event, { detail: step.detail });
      await simulate.sleep(0);
    } else await tap(page, ...step.tap);
  }
  if (scenario.state !== 'ready' || (page.data as { state?: string }).state !== undefined)
    await until(() => (page.data as { state?: string }).state === scenario.state);
  writeFileSync(join(SCREENS_OUT, `${scenario.name}.html`), screenHtml(pick(page, '.page').dom!, scenario.title));
  provideServices(undefined);
  setNow(null);
}
