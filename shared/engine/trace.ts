/**
 * The explanation of a member's score: one line for every rule that produced, moved or limited points.
 * `message` is Chinese, for members and secretaries; the other fields are for programs.
 */
export type TraceRule =
  | 'block'
  | 'carry'
  | 'item'
  | 'multiplier'
  | 'cap.item'
  | 'cap.gain'
  | 'cap.loss'
  | 'floor'
  | 'ceiling'
  | 'review'
  | 'reversal'
  | 'countThreshold'
  | 'pledge'
  | 'spread'
  | 'combine'
  | 'base'
  | 'reviewScale'
  | 'yearFloor'
  | 'overflow'
  | 'veto'
  | 'stars'
  | 'grade'
  | 'gradeRule'
  | 'quota'
  | 'warning'
  | 'probation'
  | 'escalation';

export interface TraceLine {
  rule: TraceRule;
  period?: string;
  category?: string;
  section?: string;
  item?: string;
  /** Points before the rule acted. */
  before?: number;
  /** Points after it. */
  points?: number;
  message: string;
}
