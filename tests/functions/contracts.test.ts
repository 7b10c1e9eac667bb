import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTRACTS } from '../../shared/contracts';
import { Contract, FUNCTION_NAMES } from '../../shared/contracts/define-contract';
import {
  ACCESS_REASONS,
  FIELD_REASONS,
  INVITE_REASONS,
  LEDGER_REASONS,
  MEMBER_REASONS,
  ORG_REASONS,
  PUBLICATION_REASONS,
  REASONS,
  REPORT_REASONS,
  RUNTIME_REASON_NAMES,
  RUNTIME_REASONS,
  SCHEME_REASONS,
  YEAR_REASONS,
  EXCHANGE_REASONS,
} from '../../shared/contracts/reasons';
import { homeRoutes } from '../../cloudfunctions/home/routes';
import { publicationsRoutes } from '../../cloudfunctions/publications/routes';
import { yearRoutes } from '../../cloudfunctions/year/routes';
import { exchangeRoutes } from '../../cloudfunctions/exchange/routes';
import { noticesRoutes } from '../../cloudfunctions/notices/routes';
import { exportsRoutes } from '../../cloudfunctions/exports/routes';
import { orgRoutes } from '../../cloudfunctions/org/routes';
import { reportsRoutes } from '../../cloudfunctions/reports/routes';
import { localFunctions } from '../../cloudfunctions/local-functions';
import { renderApiMarkdown } from '../../tools/api-docs';
import { TIMER_FUNCTION_NAMES } from '../../tools/build-functions';
import type { RouteMap } from '../../server/runtime/route';

const ROUTES: Record<string, RouteMap> = {
  org: orgRoutes,
  reports: reportsRoutes,
  home: homeRoutes,
  publications: publicationsRoutes,
  year: yearRoutes,
  exchange: exchangeRoutes,
  notices: noticesRoutes,
  exports: exportsRoutes,
};

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
    expect(Object.keys(localFunctions()).sort()).toEqual([...FUNCTION_NAMES, ...TIMER_FUNCTION_NAMES].sort());
  });

  it('docs/api.md is generated from the contracts (run npm run docs:api after changing one)', () => {
    expect(readFileSync(join(__dirname, '..', '..', 'docs', 'api.md'), 'utf8')).toBe(renderApiMarkdown());
  });
});

describe('the reasons catalog (shared/contracts/reasons)', () => {
  const groups = [
    RUNTIME_REASONS,
    FIELD_REASONS,
    ACCESS_REASONS,
    ORG_REASONS,
    MEMBER_REASONS,
    INVITE_REASONS,
    SCHEME_REASONS,
    REPORT_REASONS,
    LEDGER_REASONS,
    PUBLICATION_REASONS,
    YEAR_REASONS,
    EXCHANGE_REASONS,
  ];
  const contracts = Object.values(CONTRACTS).flatMap((fn) => Object.values(fn as Record<string, Contract>));

  it('names each reason once, across the rooms', () => {
    const names = groups.flatMap((g) => Object.keys(g));
    expect(names.length).toBe(new Set(names).size);
    expect(Object.keys(REASONS).sort()).toEqual([...names].sort());
  });

  it('words each message with placeholders only (no stray braces), in Chinese', () => {
    for (const [reason, { code, message }] of Object.entries(REASONS)) {
      expect(message.replace(/\{\w+\}/g, '')).not.toMatch(/[{}]/);
      if (message !== '') expect({ reason, chinese: /[\u4e00-\u9fa5]/.test(message) }).toEqual({ reason, chinese: true });
      if (message === '') expect({ reason, code }).toEqual({ reason, code: 'VALIDATION' });
    }
  });

  it('has every action declare the reasons it answers, each from the catalog', () => {
    for (const contract of contracts) {
      expect({ action: `${contract.fn}.${contract.action}`, declares: Array.isArray(contract.reasons) }).toEqual({
        action: `${contract.fn}.${contract.action}`,
        declares: true,
      });
      for (const reason of contract.reasons) expect(Object.keys(REASONS)).toContain(reason);
    }
  });

  it('keeps no reason that no action can answer', () => {
    const declared = new Set(contracts.flatMap((c) => c.reasons));
    const unused = Object.keys(REASONS).filter((r) => !declared.has(r as never) && !(RUNTIME_REASON_NAMES as string[]).includes(r));
    expect(unused).toEqual([]);
  });
});
