// Step: the sentence's reporting frames, hedges and stance (attribution.ts), before its figures.

import { stage } from '../../../../pipeline/stage.js';
import { sentenceVoices } from '../../attribution/frames.js';
import { groupName } from '../../attribution/speakers.js';
import { rememberListed } from '../../attribution/short-names.js';
import type { ClaimSentence } from '../read.js';

/** Voices first: a voice opens even without figures (carry-over needs it), and a side that
 * speaks is not taken for the side a figure counts. */
export const readVoices = stage<ClaimSentence>('ar/claims/voices', (s) => {
  const { view, reading, doc } = s;
  s.voices = sentenceVoices(view, doc.lexicon, s.span, reading.voices, reading.publisher);
  view.speakers.push(...s.voices.speakers);
  // The bodies the sentence names in full, for `وأضاف المرصد` in a later one.
  const bodies = reading.voices.bodies;
  if (bodies)
    for (const e of view.entities)
      if (!e.anaphoric) rememberListed(bodies, e.entry, groupName(e.entry, doc.lexicon), doc.lexicon);
});
