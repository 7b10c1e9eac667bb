import { onBackOnline } from '../services/network';

const watches = new WeakMap<object, () => void>();

/**
 * While a page shows its offline state, it comes back by itself as soon as the phone is online again:
 * `watchOnline(this, true, reload)` starts listening, `watchOnline(this, false)` stops (call it on detach).
 */
export function watchOnline(page: object, on: boolean, reload?: () => void): void {
  watches.get(page)?.();
  watches.delete(page);
  if (on && reload) watches.set(page, onBackOnline(reload));
}
