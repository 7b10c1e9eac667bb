import { addDays, LocalDate, localDateToInt, periodOf } from '../../shared/period';
import type { ExchangeWindows } from '../../shared/scheme/schema/exchange.schema';
import { fail } from '../errors/domain-error';
import type { ExchangeRules } from './exchange-rules';

/** Whether the exchange is open on a day, and the window that day is in or the next one (null dates: always open). */
export interface WindowState {
  open: boolean;
  from: LocalDate | null;
  until: LocalDate | null;
}

const later = (a: LocalDate, b: LocalDate) => (localDateToInt(a) >= localDateToInt(b) ? a : b);
const earlier = (a: LocalDate, b: LocalDate) => (localDateToInt(a) <= localDateToInt(b) ? a : b);

/** The window within the month or quarter holding `day`. */
function windowAround(windows: ExchangeWindows, day: LocalDate): { from: LocalDate; until: LocalDate } {
  const period = periodOf(windows.every, day);
  return windows.at === 'start'
    ? { from: period.start, until: earlier(period.end, addDays(period.start, windows.days - 1)) }
    : { from: later(period.start, addDays(period.end, -(windows.days - 1))), until: period.end };
}

/** The state of the exchange's windows on `today` (Beijing date). */
export function windowOn(windows: ExchangeWindows | undefined, today: LocalDate): WindowState {
  if (!windows) return { open: true, from: null, until: null };
  const day = localDateToInt(today);
  const current = windowAround(windows, today);
  if (day > localDateToInt(current.until)) {
    const next = windowAround(windows, addDays(periodOf(windows.every, today).end, 1));
    return { open: false, ...next };
  }
  return { open: day >= localDateToInt(current.from), ...current };
}

/** Refuses a redemption when the scheme runs no exchange (CONFLICT EXCHANGE_OFF) or outside its windows (PERIOD_CLOSED EXCHANGE_WINDOW_CLOSED). */
export function requireExchangeOpen(rules: ExchangeRules, year: number, today: LocalDate): void {
  if (!rules.setting.enabled) throw fail('EXCHANGE_OFF', { year });
  const window = windowOn(rules.setting.windows, today);
  if (!window.open) throw fail('EXCHANGE_WINDOW_CLOSED', { from: window.from ?? '', until: window.until ?? '' });
}
