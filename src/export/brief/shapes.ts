// The brief as data: incidents of sections of sentences, each citing its claims, and the
// references those citations point to. Types only, so that the web UI reads the server's shapes.

export interface Sentence {
  readonly text: string;
  /** Claim ids the sentence rests on (never empty). */
  readonly claims: readonly string[];
}

export interface BriefSection {
  readonly heading: string;
  readonly sentences: readonly Sentence[];
}

export interface BriefIncident {
  readonly id: string;
  readonly title: string;
  readonly sections: readonly BriefSection[];
}

export interface BriefReference {
  /** The short label cited in sentences (`c1`). */
  readonly label: string;
  readonly claim: string;
  readonly quote: string;
  readonly chain: string;
  readonly outlet: string;
  readonly published: string | null;
  readonly url: string | null;
  readonly document: string;
}
