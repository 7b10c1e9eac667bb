import type { z } from 'zod';
import type { ExchangeItemView, ManagedItemView, RedemptionView } from '../../shared/contracts/exchange/exchange-views.schema';
import { fromCenti } from '../../shared/points';
import type { ExchangeItemDoc } from './exchange-item.doc';
import type { RedemptionDoc } from './redemption.doc';

type Links = ReadonlyMap<string, string | null>;

const ROLE_ZH = { member: '党员', recorder: '记分员', secretary: '书记', committeeAdmin: '党委管理员', system: '系统' } as const;

/** An item as members see it, its picture as a temporary link. */
export function itemView(item: ExchangeItemDoc, links: Links): z.input<typeof ExchangeItemView> {
  return {
    itemId: item._id,
    orgId: item.orgId,
    orgName: item.orgName,
    name: item.name,
    note: item.note,
    pictureUrl: item.picture ? (links.get(item.picture) ?? null) : null,
    price: fromCenti(item.priceCenti),
    stock: item.stock,
  };
}

/** An item as the officers keeping it see it. */
export function managedItemView(item: ExchangeItemDoc, links: Links): z.input<typeof ManagedItemView> {
  return {
    ...itemView(item, links),
    picture: item.picture,
    status: item.status,
    supplied: item.supplied,
    redeemed: item.redeemed,
    removed: item.removed,
    updatedAt: item.updatedAt.toISOString(),
  };
}

export function redemptionView(r: RedemptionDoc): z.input<typeof RedemptionView> {
  return {
    redemptionId: r._id,
    memberId: r.memberId,
    memberName: r.memberName,
    branchId: r.branchId,
    itemId: r.itemId,
    itemName: r.itemName,
    orgName: r.orgName,
    quantity: r.quantity,
    price: fromCenti(r.priceCenti),
    points: fromCenti(r.pointsCenti),
    date: r.date,
    at: r.at.toISOString(),
    status: r.status,
    handedOverAt: r.handedOverAt ? r.handedOverAt.toISOString() : null,
    handedOverBy: r.handedOverBy ? (r.handedOverBy.name ?? ROLE_ZH[r.handedOverBy.role]) : null,
  };
}

/** The pictures of items, for one request of temporary links. */
export const picturesOf = (items: readonly ExchangeItemDoc[]) => items.flatMap((i) => (i.picture ? [i.picture] : []));
