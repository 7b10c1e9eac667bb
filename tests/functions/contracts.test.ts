import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTRACTS } from '../../shared/contracts';
import { FUNCTION_NAMES } from '../../shared/contracts/define-contract';
import { homeRoutes } from '../../cloudfunctions/home/routes';
import { orgRoutes } from '../../cloudfunctions/org/routes';
import { reportsRoutes } from '../../cloudfunctions/reports/routes';
import { localFunctions } from '../../cloudfunctions/local-functions';
import { renderApiMarkdown } from '../../tools/api-docs';
import type { RouteMap } from '../../server/runtime/route';

const ROUTES: Record<string, RouteMap> = { org: orgRoutes, reports: reportsRoutes, home: homeRoutes };

describe('contracts, routes and docs/api.md agree', () => {
  it.each([...FUNCTION_NAMES])('function %s serves exactly its contracts', (fn) => {
    const contracts = CONTRACTS[fn] as Record<string, { fn: string; action: string }>;
    const routes = ROUTES[fn];
    expect(Object.keys(routes).sort()).toEqual(Object.keys(contracts).sort());
    for (const [action, r] of Object.entries(routes)) {
      expect(r.contract).toBe(contracts[action]);
      expect(r.contract.fn).toBe(fn);
      expect(r.contract.action).toBe(action);
    }
  });

  it('builds every function for the local emulator', () => {
    expect(Object.keys(localFunctions()).sort()).toEqual([...FUNCTION_NAMES].sort());
  });

  it('docs/api.md is generated from the contracts (run npm run docs:api after changing one)', () => {
    expect(readFileSync(join(__dirname, '..', '..', 'docs', 'api.md'), 'utf8')).toBe(renderApiMarkdown());
  });
});
