import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entriesFor } from '../../../miniprogram/pages/home/home-entries';
import { MINIPROGRAM } from '../support/render';

/** Every page app.json declares, as "/root/page" (subpackages included). */
function declaredPages(): string[] {
  const app = JSON.parse(readFileSync(join(MINIPROGRAM, 'app.json'), 'utf8')) as {
    pages: string[];
    subPackages: { root: string; pages: string[] }[];
  };
  return [...app.pages.map((p) => `/${p}`), ...app.subPackages.flatMap((sub) => sub.pages.map((p) => `/${sub.root}/${p}`))];
}

describe('the home’s tiles for 公示 and 年度', () => {
  it('a member gets 公示栏 and 年度结果; an officer 公示管理 and 年度积分表 — each a page app.json declares, in a subpackage', () => {
    const member = entriesFor({ member: true, officer: false, developer: false });
    const officer = entriesFor({ member: false, officer: true, developer: false });
    expect(member.map((e) => e.title)).toEqual(expect.arrayContaining(['公示栏', '年度结果']));
    expect(member.map((e) => e.title)).not.toContain('公示管理');
    expect(officer.map((e) => e.title)).toEqual(expect.arrayContaining(['公示管理', '年度积分表']));
    const mine = [...member, ...officer].filter((e) => ['publications', 'year', 'publicationsManage', 'yearTable'].includes(e.key));
    expect(mine).toHaveLength(4);
    const pages = declaredPages();
    for (const entry of mine) {
      expect(pages).toContain(entry.url);
      expect(entry.url).toMatch(/^\/(publications|year)\//);
    }
  });
});
