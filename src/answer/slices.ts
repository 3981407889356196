/**
 * Work that walks every document of a record in small steps, so that the main thread can run it
 * in slices while a cold start reads the record's facts (ondemand.ts): a generator that yields
 * between steps (one document each), run to its end at once (`finish`) or a slice of at most
 * `sliceMs` at a time with the event loop's other work in between (`sliced`). Either way the
 * same steps run in the same order, so the result is the same.
 */
export type Steps<T> = Generator<void, T, void>;

/** A turn of the event loop: what waits for it (a timer, a worker's answer, other slices) runs first. */
export function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}

/** `steps` run to the end at once. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * `steps` run to the end in slices of at most about `sliceMs` of this thread's time each (a step
 * longer than that is one slice), yielding to the event loop between slices: no other command,
 * timer or worker's answer waits longer than one slice for it.
 */
export async function sliced<T>(steps: Steps<T>, sliceMs: number): Promise<T> {
  for (;;) {
    const until = performance.now() + sliceMs;
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      if (performance.now() >= until) break;
    }
    await nextTurn();
  }
}
