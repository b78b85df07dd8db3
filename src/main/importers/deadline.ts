// A cooperative time cap: long loops call check() and stop with a typed error when the budget is spent.
import { ProjectError } from '../store/projectError';

export class Deadline {
  private readonly end: number;
  private calls = 0;

  constructor(
    private readonly ms: number,
    private readonly what: string,
  ) {
    this.end = Date.now() + ms;
  }

  /** Throws ProjectError('timeout') once the budget is spent (reads the clock every 256 calls). */
  check(): void {
    if ((++this.calls & 255) !== 0) return;
    this.checkNow();
  }

  checkNow(): void {
    if (Date.now() > this.end) {
      throw new ProjectError('timeout', `${this.what}: the import took longer than ${Math.round(this.ms / 1000)} s and was stopped.`, this.what);
    }
  }
}
