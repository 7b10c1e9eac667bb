/**
 * The functions' clock for `npm start`: real time, except while the demo seed plays a past quarter
 * (each action then runs at the moment the story says it happened, so dates and open periods agree).
 */
export class SimulatedClock {
  private at: Date | null = null;

  now(): Date {
    return this.at ? new Date(this.at) : new Date();
  }

  set(at: Date): void {
    this.at = new Date(at);
  }

  reset(): void {
    this.at = null;
  }
}
