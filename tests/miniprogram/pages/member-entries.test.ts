import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entriesFor } from '../../../miniprogram/pages/home/home-entries';
import { MINIPROGRAM } from '../support/render';

interface AppJson {
  pages: string[];
  subPackages: { root: string; name: string; pages: string[] }[];
  preloadRule?: Record<string, { network?: 'all' | 'wifi'; packages: string[] }>;
}

describe('the home’s tiles for 申报积分 and 我的申报', () => {
  it('lead to subpackage "member", which the home preloads on any network (the main package stays small)', () => {
    const app = JSON.parse(readFileSync(join(MINIPROGRAM, 'app.json'), 'utf8')) as AppJson;
    const member = app.subPackages.find((sub) => sub.name === 'member');
    expect(member).toEqual({ root: 'member', name: 'member', pages: ['report/report', 'records/records'] });
    const tiles = entriesFor({ member: true, officer: false, developer: false }).filter((e) => ['report', 'records'].includes(e.key));
    expect(tiles.map((e) => e.url)).toEqual(['/member/report/report', '/member/records/records']);
    // WeChat downloads the subpackage when the home opens, so the first tap does not wait on a village network;
    // without `network: "all"` it would preload on Wi-Fi only.
    expect(app.preloadRule?.['pages/home/home']).toEqual({ network: 'all', packages: ['member'] });
    expect(app.pages).not.toContain('member/report/report');
  });
});
