// A pipeline is an ordered array of stages (STYLE.md point 1). A stage reads and fills the context
// of one item (a document, or a sentence inside the claim reader); a batch stage sees every item
// of a batch at once (a year one report states dates another's "Thursday, 20 January"). `run`
// applies the stages in array order, each to every item before the next starts, so that a batch
// stage finds every item at the same point of the reading.

/** One step of a pipeline, applied to each item's context in turn. */
export interface Stage<C> {
  /** Names the step in traces and errors (`ar/read/sentences`). */
  readonly id: string;
  readonly batch: false;
  run(item: C): void;
}

/** One step that needs the whole batch at once. */
export interface BatchStage<C> {
  readonly id: string;
  readonly batch: true;
  run(items: readonly C[]): void;
}

/** Stages in the order they run; where the order matters, the array says why in a comment. */
export type Pipeline<C> = readonly (Stage<C> | BatchStage<C>)[];

/** A stage from its id and its step. */
export function stage<C>(id: string, run: (item: C) => void): Stage<C> {
  return { id, batch: false, run };
}

/** A batch stage from its id and its step. */
export function batchStage<C>(id: string, run: (items: readonly C[]) => void): BatchStage<C> {
  return { id, batch: true, run };
}

/** Runs the stages in order over the items of a batch (one document is a batch of one). */
export function run<C>(pipeline: Pipeline<C>, items: readonly C[]): void {
  for (const step of pipeline) {
    if (step.batch) step.run(items);
    else for (const item of items) step.run(item);
  }
}
