import type { CONTRACTS, ResponseOf } from '../../shared/index';
import type { CallFailure } from '../../services/call-result';
import { formatPoints, shortDate } from '../../common/format';

export type Catalogue = ResponseOf<typeof CONTRACTS.exchange.catalogue>;
export type CatalogueItem = Catalogue['items'][number];
export type Balance = Catalogue['balance'];
export type Redemption = ResponseOf<typeof CONTRACTS.exchange.myRedemptions>['redemptions'][number];
export type Statement = ResponseOf<typeof CONTRACTS.exchange.balanceStatement>;
export type ManagedItem = ResponseOf<typeof CONTRACTS.exchange.listItems>['items'][number];

/** "20 积分" — exchange points are never called 分 alone on these pages, so they are not taken for the year's score. */
export const pointsText = (points: number): string => `${formatPoints(points)} 积分`;

/** The balance card: the figure, and how it comes about in one line. */
export interface BalanceCard {
  available: string;
  year: number;
  parts: string;
  low: boolean;
}

export function balanceCard(balance: Balance): BalanceCard {
  const parts = [`${balance.year}年得到 ${formatPoints(balance.earned)}`, `已兑换 ${formatPoints(balance.spent)}`];
  if (balance.carried !== 0) parts.unshift(`上年结转 ${formatPoints(balance.carried)}`);
  return { available: formatPoints(balance.available), year: balance.year, parts: parts.join('，'), low: balance.available <= 0 };
}

/** Whether members may redeem today, in words: "今天可以兑换，到 4月10日为止" / "现在不是兑换时间，下次：7月1日至7月10日". */
export function windowText(window: Catalogue['window']): string {
  if (window.open) return window.until ? `今天可以兑换，到 ${shortDate(window.until)}为止。` : '随时可以兑换。';
  if (window.from && window.until) return `现在不是兑换时间。下次兑换：${shortDate(window.from)}至${shortDate(window.until)}。`;
  return '现在不是兑换时间。什么时候兑换，请问支部书记。';
}

const EVERY = { month: '每月', quarter: '每季度' } as const;

/** The scheme's rules, a line each: what earns, the ratio, carrying over, when. */
export function rulesLines(rules: Catalogue['rules']): string[] {
  const ratio = rules.ratioPercent === 100 ? '1 分换 1 个兑换积分' : `1 分换 ${formatPoints(rules.ratioPercent / 100)} 个兑换积分`;
  const lines = [`哪些积分能兑换：${rules.earnFrom}，${ratio}。`];
  lines.push(rules.carryOver ? '今年没用完的兑换积分，明年还能用。' : '兑换积分当年有效，年底没用完的不转到明年。');
  if (rules.windows)
    lines.push(`兑换时间：${EVERY[rules.windows.every]}${rules.windows.at === 'start' ? '开头' : '末尾'}的 ${rules.windows.days} 天。`);
  return lines;
}

/** An item as the member's list shows it: can they redeem it now, and if not, why (in words, under the button). */
export interface ItemCard {
  itemId: string;
  name: string;
  note: string;
  from: string;
  pictureUrl: string;
  price: string;
  stockText: string;
  soldOut: boolean;
  canRedeem: boolean;
  why: string;
}

export function itemCard(item: CatalogueItem, available: number, window: Catalogue['window'], branchId: string): ItemCard {
  const why =
    item.stock <= 0
      ? '已经兑完了，等支部补货'
      : !window.open
        ? window.from
          ? `${shortDate(window.from)}起可以兑换`
          : '现在不是兑换时间'
        : item.price > available + 1e-9
          ? `积分不够，还差 ${pointsText(item.price - available)}`
          : '';
  return {
    itemId: item.itemId,
    name: item.name,
    note: item.note ?? '',
    from: item.orgId === branchId ? '' : `${item.orgName}提供`,
    pictureUrl: item.pictureUrl ?? '',
    price: pointsText(item.price),
    stockText: item.stock > 0 ? `还有 ${item.stock} 件` : '已兑完',
    soldOut: item.stock <= 0,
    canRedeem: why === '',
    why,
  };
}

/** What a refused redemption says, and what to do next: each ends in an instruction. */
const REDEEM_NEXT: Record<string, string> = {
  EXCHANGE_WINDOW_CLOSED: '到了兑换时间再来点“兑换”。',
  EXCHANGE_BALANCE_LOW: '多参加活动、按时申报积分，攒够了再来兑换；点“兑换积分明细”可以看每一笔。',
  EXCHANGE_OUT_OF_STOCK: '可以先换别的物品，或等支部补货后再来。',
  EXCHANGE_PRICE_CHANGED: '下面已经是新的兑换积分，看清楚后再点“兑换”。',
  EXCHANGE_BUSY: '请等半分钟再点“兑换”，不会重复扣积分。',
  EXCHANGE_ITEM_RETIRED: '这件已经不能兑换了，请选别的物品。',
  EXCHANGE_ITEM_NOT_FOUND: '这件已经不能兑换了，请选别的物品。',
  EXCHANGE_OFF: '如有疑问，请问支部书记。',
};

export const NO_NETWORK_REDEEM = '不知道这次兑换有没有办成。请连上网络后再点一次“兑换”：办成了的不会再扣积分，没办成的会接着办。';

export interface RedeemProblem {
  title: string;
  text: string;
}

export function redeemProblem(failure: CallFailure): RedeemProblem {
  if (failure.code === 'NETWORK') return { title: '没有连上网络', text: NO_NETWORK_REDEEM };
  const next = REDEEM_NEXT[failure.reason];
  const said = failure.message.replace(/[。.]?(请[^。]*。?)?$/, '');
  const titles: Record<string, string> = {
    EXCHANGE_WINDOW_CLOSED: '现在不能兑换',
    EXCHANGE_BALANCE_LOW: '兑换积分不够',
    EXCHANGE_OUT_OF_STOCK: '库存不够了',
    EXCHANGE_PRICE_CHANGED: '兑换积分变了',
    EXCHANGE_BUSY: '兑换的人多，没办成',
  };
  return { title: titles[failure.reason] ?? '没能兑换', text: next ? `${said}。${next}` : failure.message };
}

/** A redemption as a row: what, how many points, when, and whether the goods were handed over. */
export interface RedemptionRow {
  redemptionId: string;
  memberName: string;
  item: string;
  points: string;
  date: string;
  handedOver: boolean;
  status: string;
}

export function redemptionRow(r: Redemption): RedemptionRow {
  return {
    redemptionId: r.redemptionId,
    memberName: r.memberName,
    item: r.quantity > 1 ? `${r.itemName} × ${r.quantity}` : r.itemName,
    points: pointsText(r.points),
    date: shortDate(r.date),
    handedOver: r.status === 'handedOver',
    status:
      r.status === 'handedOver'
        ? `已领取${r.handedOverAt ? `（${shortDate(beijingDay(r.handedOverAt))}${r.handedOverBy ? `，${r.handedOverBy}经手` : ''}）` : ''}`
        : `等待领取：请到${r.orgName}领取`,
  };
}

/** An instant's calendar day in Beijing ("2026-11-20T17:00:00Z" → "2026-11-21"). */
export function beijingDay(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso.slice(0, 10) : new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** A line of the balance statement: what, when, and the exchange points it added or took. */
export interface StatementLine {
  key: string;
  title: string;
  sub: string;
  figure: string;
  plus: boolean;
}

export interface StatementView {
  balance: BalanceCard;
  lines: StatementLine[];
  uncounted: string;
  rules: string[];
}

export function statementView(statement: Statement): StatementView {
  const lines: StatementLine[] = [];
  if (statement.carriedFrom !== null && statement.balance.carried !== 0)
    lines.push({
      key: 'carried',
      title: `${statement.carriedFrom}年没用完，转到今年`,
      sub: '上年结转',
      figure: signed(statement.balance.carried),
      plus: statement.balance.carried >= 0,
    });
  const dated = [
    ...statement.earned.map((e) => ({
      date: e.date,
      line: {
        key: `e-${e.entryId}`,
        title: e.reversal ? `撤回：${e.itemName}` : e.itemName,
        sub: `${shortDate(e.date)} · ${e.reversal ? '这条积分被撤回，兑换积分一起扣回' : `记 ${formatPoints(e.points)} 分`}`,
        figure: signed(e.exchangePoints),
        plus: e.exchangePoints >= 0,
      },
    })),
    ...statement.spent.map((s) => ({
      date: s.date,
      line: {
        key: `s-${s.redemptionId}`,
        title: `兑换：${s.itemName}${s.quantity > 1 ? ` × ${s.quantity}` : ''}`,
        sub: shortDate(s.date),
        figure: signed(-s.points),
        plus: false,
      },
    })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  lines.push(...dated.map((d) => d.line));
  return {
    balance: balanceCard(statement.balance),
    lines,
    uncounted: statement.uncounted > 0 ? `另有 ${statement.uncounted} 条积分记录（扣分，或不计入兑换的项目）不产生兑换积分。` : '',
    rules: rulesLines(statement.rules),
  };
}

const signed = (points: number): string => (points > 0 ? `+${formatPoints(points)}` : formatPoints(points));

/** An item as its keepers see it: stock explained, and what they can do with it. */
export interface ManagedCard {
  itemId: string;
  name: string;
  note: string;
  pictureUrl: string;
  price: string;
  stock: string;
  ledger: string;
  retired: boolean;
}

export function managedCard(item: ManagedItem): ManagedCard {
  return {
    itemId: item.itemId,
    name: item.name,
    note: item.note ?? '',
    pictureUrl: item.pictureUrl ?? '',
    price: pointsText(item.price),
    stock: item.stock > 0 ? `库存 ${item.stock} 件` : '库存 0 件（兑完了）',
    ledger: `共进 ${item.supplied} 件，已兑换 ${item.redeemed} 件${item.removed ? `，出库 ${item.removed} 件` : ''}`,
    retired: item.status === 'retired',
  };
}

/** The add/edit form as typed (text, so that nothing typed is lost), and what it becomes. */
export interface ItemForm {
  itemId: string;
  name: string;
  note: string;
  price: string;
  stock: string;
  /** The picture's fileID, once uploaded (or the item's own), else ''. */
  picture: string;
  /** What the form shows of it: the picked file or the item's link. */
  pictureShown: string;
}

export type CheckedForm = { ok: true; name: string; note: string | null; price: number; stock: number } | { ok: false; problem: string };

/** Checks what the phone can (the functions check again): a name, a price above 0 with at most two decimals, a whole stock. */
export function checkForm(form: ItemForm, adding: boolean): CheckedForm {
  const name = form.name.trim();
  if (!name) return { ok: false, problem: '请填写物品名称，例如“香皂”。' };
  const price = Number(form.price.trim());
  if (!form.price.trim() || !Number.isFinite(price) || price <= 0)
    return { ok: false, problem: '请填写兑换积分：大于 0 的数，例如 5 或 2.5。' };
  if (Math.abs(price * 100 - Math.round(price * 100)) > 1e-7) return { ok: false, problem: '兑换积分最多两位小数，例如 2.5。' };
  const stock = adding ? Number(form.stock.trim() || '0') : 0;
  if (!Number.isInteger(stock) || stock < 0) return { ok: false, problem: '库存请填整数件数，例如 10；还没有货就填 0。' };
  return { ok: true, name, note: form.note.trim() || null, price, stock };
}

/** The stock form: how many, in or out. */
export function checkChange(count: string, direction: 'in' | 'out'): { ok: true; change: number } | { ok: false; problem: string } {
  const n = Number(count.trim());
  if (!count.trim() || !Number.isInteger(n) || n <= 0) return { ok: false, problem: '请填写件数：正整数，例如 10。' };
  return { ok: true, change: direction === 'in' ? n : -n };
}
