// What a pipeline's stages share about one document. The context starts with the text, the
// language's lexicon and the trace; stages fill the rest in pipeline order. Reading a part before
// the stage that fills it has run is a pipeline put together in the wrong order: an IsnadError
// (`pipeline_order`), never a silent default.

import { IsnadError } from '../errors.js';
import type { FoldedText } from '../text/folded.js';
import type { Trace } from './trace.js';

/** The value of a part a stage has filled; throws when none has. */
export function filled<T>(value: T | undefined, part: string, doc: string): T {
  if (value === undefined)
    throw new IsnadError('pipeline_order', `${part} of ${doc} is read before the stage that fills it`);
  return value;
}

/**
 * One document as the stages see it. `Lex` is the language's lexicon, `Sentence` its reading of a
 * sentence, `DateT` its dates, `Meta` what the document says about itself (title, publication
 * date, outlet). A language pack extends it with the parts its own stages fill.
 */
export class DocContext<Lex, Sentence, DateT, Meta> {
  #folded: FoldedText | undefined;
  #sentences: readonly Sentence[] | undefined;
  #dates: readonly DateT[] | undefined;
  #meta: Meta | undefined;

  constructor(
    /** The document's id in the batch. */
    readonly id: string,
    /** The original text: every span points into it. */
    readonly text: string,
    /** Built once by the caller and shared by every document it reads. */
    readonly lexicon: Lex,
    readonly trace: Trace,
  ) {}

  /** The matching view of the text, with its offset map back to the original. */
  get folded(): FoldedText {
    return filled(this.#folded, 'the folded text', this.id);
  }
  set folded(value: FoldedText) {
    this.#folded = value;
  }

  /** Every sentence of the text, read once. */
  get sentences(): readonly Sentence[] {
    return filled(this.#sentences, 'the sentences', this.id);
  }
  set sentences(value: readonly Sentence[]) {
    this.#sentences = value;
  }

  /** Dates, times and durations, resolved against the document's reference day. */
  get dates(): readonly DateT[] {
    return filled(this.#dates, 'the dates', this.id);
  }
  set dates(value: readonly DateT[]) {
    this.#dates = value;
  }

  /** Title, publication date and outlet. */
  get meta(): Meta {
    return filled(this.#meta, 'the metadata', this.id);
  }
  set meta(value: Meta) {
    this.#meta = value;
  }
}
