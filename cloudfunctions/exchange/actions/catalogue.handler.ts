import { catalogue } from '../../../shared/contracts/exchange/catalogue.schema';
import { localDateOf, yearOf } from '../../../shared/period';
import { fail } from '../../../server/errors/domain-error';
import { cataloguesOf } from '../../../server/exchange/catalogue-access';
import { rulesView } from '../../../server/exchange/exchange-rules';
import { itemView, picturesOf } from '../../../server/exchange/exchange-views';
import { windowOn } from '../../../server/exchange/exchange-window';
import { balanceOf, loadMemberExchange } from '../../../server/exchange/member-exchange';
import { exchangeAccountId } from '../../../server/exchange/redemption.doc';
import { Handler } from '../../../server/runtime/route';

/**
 * The exchange page in one call: the items of the member's branch's catalogue and of every committee's
 * above it (the branch's first), active ones only, with stock and pictures; the member's balance; the
 * scheme's rules and today's window.
 *
 * Database requests: 5 on a warm instance — member records, then the year's ledger lines ∥ the year's
 * account ∥ the branch (for the orgs above it), then the items of those catalogues in one query; a cold
 * instance reads the branch-year too (+1); with carry-over, the earlier years' lines ∥ accounts and their
 * branch-years besides. Storage: one request
 * for the pictures' links.
 */
export const catalogueHandler: Handler<typeof catalogue> = async (request, { now, services, access, repos }) => {
  const member = await access.requireOwnMember(request.memberId);
  const today = localDateOf(now);
  const year = yearOf(today);
  const [exchange, account, orgIds] = await Promise.all([
    loadMemberExchange(repos, member, year),
    repos.exchangeAccounts.byId(exchangeAccountId(member._id, year)),
    cataloguesOf(access, member),
  ]);
  if (!exchange.rules.setting.enabled) throw fail('EXCHANGE_OFF', { year });
  const nearest = (orgId: string) => -orgIds.indexOf(orgId);
  const items = (await repos.exchangeItems.ofOrgs(orgIds, false)).sort((a, b) => nearest(a.orgId) - nearest(b.orgId));
  const links = await services.photos.links(picturesOf(items));
  return {
    member: { memberId: member._id, name: member.name, branchId: member.branchId },
    balance: balanceOf(exchange, account?.spentCenti ?? 0),
    rules: rulesView(exchange.rules),
    window: windowOn(exchange.rules.setting.windows, today),
    items: items.map((item) => itemView(item, links)),
  };
};
