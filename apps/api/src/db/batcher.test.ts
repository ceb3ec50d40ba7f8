import { describe, expect, it } from 'vitest';
import { Batcher } from './batcher.js';

/** One turn of the event loop: the batcher sends what gathered in it at the end of it. */
const turn = () => new Promise((resolve) => setImmediate(resolve));

/** A batch runner that records each batch it is given and answers when told to. */
function recordingRunner<I, O>(answer: (item: I) => O) {
  const batches: I[][] = [];
  const pending: (() => void)[] = [];
  const run = (items: readonly I[]) =>
    new Promise<O[]>((resolve, reject) => {
      batches.push([...items]);
      pending.push(() => {
        try {
          resolve(items.map(answer));
        } catch (error) {
          reject(error);
        }
      });
    });
  /** Lets the oldest batch still with the "database" finish, and the batcher send the next. */
  const finishOne = async () => {
    await turn();
    pending.shift()?.();
    await turn();
    await turn();
  };
  return { batches, run, finishOne, waiting: () => pending.length };
}

describe('Batcher', () => {
  it('sends a lone item at once, on its own', async () => {
    const runner = recordingRunner((n: number) => n * 2);
    const batcher = new Batcher(runner.run, { maxBatch: 10, maxInFlight: 1 });
    const answer = batcher.submit(21);
    await runner.finishOne();
    await expect(answer).resolves.toBe(42);
    expect(runner.batches).toEqual([[21]]);
  });

  it('gathers the items that arrive while a batch is out into the next one, answering each its own', async () => {
    const runner = recordingRunner((n: number) => `#${n}`);
    const batcher = new Batcher(runner.run, { maxBatch: 10, maxInFlight: 1 });
    const first = batcher.submit(1);
    await turn();
    const later = [2, 3, 4, 5].map((n) => batcher.submit(n));
    expect(runner.waiting()).toBe(1);
    await runner.finishOne();
    await runner.finishOne();
    await expect(first).resolves.toBe('#1');
    await expect(Promise.all(later)).resolves.toEqual(['#2', '#3', '#4', '#5']);
    expect(runner.batches).toEqual([[1], [2, 3, 4, 5]]);
  });

  it('keeps to the batch size and to the batches allowed out at once', async () => {
    const runner = recordingRunner((n: number) => n);
    const batcher = new Batcher(runner.run, { maxBatch: 3, maxInFlight: 2 });
    const answers = Array.from({ length: 8 }, (_, n) => batcher.submit(n));
    await turn();
    expect(runner.batches).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
    await runner.finishOne();
    expect(runner.batches.at(-1)).toEqual([6, 7]);
    await runner.finishOne();
    await runner.finishOne();
    await expect(Promise.all(answers)).resolves.toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('fails only the item at fault: a failed batch is tried again an item at a time', async () => {
    const batches: number[][] = [];
    const batcher = new Batcher(
      async (items: readonly number[]) => {
        batches.push([...items]);
        if (items.includes(13)) throw new Error('thirteen is refused');
        return items.map((n) => n + 1);
      },
      { maxBatch: 10, maxInFlight: 1 },
    );
    const answers = [12, 13, 14].map((n) => batcher.submit(n));
    const settled = await Promise.allSettled(answers);
    expect(
      settled.map((result) => (result.status === 'fulfilled' ? result.value : result.reason.message)),
    ).toEqual([13, 'thirteen is refused', 15]);
    expect(batches).toEqual([[12, 13, 14], [12], [13], [14]]);
  });

  it('refuses a runner that answers a batch with the wrong number of results', async () => {
    const batcher = new Batcher(async () => [1, 2], { maxBatch: 10, maxInFlight: 1 });
    await expect(batcher.submit(1)).rejects.toThrow('A batch of 1 was answered with 2 results');
  });
});
