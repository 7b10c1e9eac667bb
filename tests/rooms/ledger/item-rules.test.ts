import { entryFieldsOf } from '../../../shared/entry-fields';
import {
  requireItem,
  requireMemberReportable,
  requirePhotoRule,
  requireValidProposal,
  requireVetoBySecretary,
} from '../../../server/ledger/item-rules';
import { aBranchYear, reasonOf } from '../support/branch-year-mother';

describe('ledger: item rules of the pinned scheme (001)', () => {
  const branchYear = aBranchYear('001-xishui-town');
  const item = (code: string) => requireItem(branchYear, code);

  it('finds items, and names the field of an unknown one', () => {
    expect(item('bonus.honor').name).toBe('工作、生产、学习中作出突出贡献受表彰');
    let fields: unknown;
    try {
      requireItem(branchYear, 'bonus.nothing', 'entries.2.itemCode');
    } catch (error) {
      fields = (error as { fields?: unknown }).fields;
    }
    expect(fields).toEqual([{ path: 'entries.2.itemCode', message: '本支部的积分方案没有项目 bonus.nothing' }]);
  });

  it.each<[string, string]>([
    ['bonus.honor', 'none'],
    ['duties.dues.late', 'ITEM_RECORDER_ONLY'],
    ['veto.politicalDiscipline', 'ITEM_RECORDER_ONLY'],
  ])('lets members report only what they may: %s → %s', (code, reason) => {
    expect(reasonOf(() => requireMemberReportable(item(code)))).toBe(reason);
  });

  it('keeps vetoes to the secretary', () => {
    expect(reasonOf(() => requireVetoBySecretary(item('veto.politicalDiscipline'), 'recorder'))).toBe('VETO_SECRETARY_ONLY');
    expect(reasonOf(() => requireVetoBySecretary(item('veto.politicalDiscipline'), 'secretary'))).toBe('none');
    expect(reasonOf(() => requireVetoBySecretary(item('duties.dues.late'), 'recorder'))).toBe('none');
  });

  it('applies the evidence rule: photos required for an honour', () => {
    expect(reasonOf(() => requirePhotoRule(item('bonus.honor'), []))).toBe('FIELD_INVALID');
    expect(reasonOf(() => requirePhotoRule(item('bonus.honor'), ['cloud://env.bucket/reports/o/1.png']))).toBe('none');
  });

  it('takes a range proposal without points (the reviewer decides), but not one out of range', () => {
    const member = { posts: ['sanitation', 'policyPublicity'] };
    expect(reasonOf(() => requireValidProposal(branchYear, item('posts.deed'), { item: 'posts.deed', post: 'sanitation' }, member))).toBe(
      'none',
    );
    expect(
      reasonOf(() => requireValidProposal(branchYear, item('posts.deed'), { item: 'posts.deed', post: 'sanitation', points: 99 }, member)),
    ).toBe('ENTRY_INVALID');
    expect(
      reasonOf(() =>
        requireValidProposal(branchYear, item('posts.deed'), { item: 'posts.deed', post: 'securityPatrol', points: 5 }, member),
      ),
    ).toBe('ENTRY_INVALID');
  });

  it('leaves absent and null fields out, as the core expects', () => {
    expect(entryFieldsOf('posts.deed', { points: 5, level: null, quantity: undefined, post: 'sanitation' })).toEqual({
      item: 'posts.deed',
      points: 5,
      post: 'sanitation',
    });
  });
});
