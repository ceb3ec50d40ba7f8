// Group commit for a statement many requests make at once. Requests that arrive while earlier
// batches are still with the database wait, and the next batch carries all of them in one
// statement: one round trip, one parse and one commit instead of one each. Under light load a
// request goes out alone at once (after the current turn of the event loop, so requests read from
// the network together travel together), so batching adds no waiting; under a surge the batches
// grow with the queue. A batch that fails is tried again one item at a time, so one item's fault
// never fails the others.

export interface BatcherOptions {
  /** Items in one statement at most. */
  maxBatch: number;
  /** Batches with the database at once; the next waits for one of them to finish. */
  maxInFlight: number;
  /** Told the size of each batch as it is sent (for metrics). */
  onBatch?: (size: number) => void;
}

export const DEFAULT_BATCHER_OPTIONS: BatcherOptions = { maxBatch: 100, maxInFlight: 2 };

interface Waiting<I, O> {
  item: I;
  resolve: (result: O) => void;
  reject: (error: unknown) => void;
}

export class Batcher<I, O> {
  private readonly queue: Waiting<I, O>[] = [];
  private inFlight = 0;
  private scheduled = false;

  /** `run` takes a batch and answers with one result per item, in the same order. */
  constructor(
    private readonly run: (items: readonly I[]) => Promise<readonly O[]>,
    private readonly options: BatcherOptions = DEFAULT_BATCHER_OPTIONS,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.queue.length === 0 || this.inFlight >= this.options.maxInFlight) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.inFlight < this.options.maxInFlight && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.options.maxBatch);
      this.options.onBatch?.(batch.length);
      this.inFlight += 1;
      void this.send(batch).finally(() => {
        this.inFlight -= 1;
        this.schedule();
      });
    }
  }

  private async send(batch: Waiting<I, O>[]): Promise<void> {
    try {
      const results = await this.runChecked(batch.map((waiting) => waiting.item));
      batch.forEach((waiting, index) => waiting.resolve(results[index] as O));
    } catch (error) {
      if (batch.length === 1) {
        batch[0]?.reject(error);
        return;
      }
      await Promise.all(
        batch.map(async (waiting) => {
          try {
            const [result] = await this.runChecked([waiting.item]);
            waiting.resolve(result as O);
          } catch (alone) {
            waiting.reject(alone);
          }
        }),
      );
    }
  }

  private async runChecked(items: readonly I[]): Promise<readonly O[]> {
    const results = await this.run(items);
    if (results.length !== items.length)
      throw new Error(`A batch of ${items.length} was answered with ${results.length} results`);
    return results;
  }
}
