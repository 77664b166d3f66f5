/**
 * Runs asynchronous jobs with a bounded number in flight and hands their results back in
 * submission order, so that output order never depends on which worker finished first and
 * memory stays bounded by the window, not by the size of the input.
 */
export class OrderedWindow<T> {
  readonly #limit: number;
  readonly #queue: Promise<T>[] = [];

  /** @param limit - how many jobs may be in flight before {@link push} waits for the oldest. */
  constructor(limit: number) {
    this.#limit = Math.max(1, limit);
  }

  /**
   * Starts tracking `job`. When the window is full, first waits for the oldest job and passes its
   * result to `emit` (so results are emitted strictly in the order jobs were pushed).
   */
  async push(job: Promise<T>, emit: (result: T) => void | Promise<void>): Promise<void> {
    // Attach a no-op handler so that a rejection is not reported as unhandled while it waits
    // its turn; it is still rethrown when the job reaches the head of the queue.
    job.catch(() => {});
    this.#queue.push(job);
    while (this.#queue.length >= this.#limit) await emit(await this.#queue.shift()!);
  }

  /** Waits for every remaining job, emitting results in order. */
  async drain(emit: (result: T) => void | Promise<void>): Promise<void> {
    while (this.#queue.length > 0) await emit(await this.#queue.shift()!);
  }
}
