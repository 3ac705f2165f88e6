// How the fake reads the texts the app sends: an app cue (lib/interviewer/app-cue.ts), a fenced typed answer
// (features/interview/typed-answers.ts), or anything else, which it takes as the candidate's
// words. A cue is context for the interviewer, not an answer: the real model is told never to
// answer one (web/src/lib/interviewer/interviewer-rules.ts); whether it obeys is what `npm run
// eval:interviewer` measures against the real model, not something this fake can know.

import { APP_CUE_MARKER, TYPED_ANSWER_LABEL } from '../../../web/src/lib/interviewer/app-cue.ts';

export type AppText = { kind: 'cue'; cue: string; text: string } | { kind: 'answer'; text: string };

const OPEN = `<<<BEGIN ${TYPED_ANSWER_LABEL}>>>\n`;
const CLOSE = `\n<<<END ${TYPED_ANSWER_LABEL}>>>`;

export function readAppText(text: string): AppText {
  if (text.startsWith(APP_CUE_MARKER))
    return { kind: 'cue', cue: text.slice(APP_CUE_MARKER.length).trim().split(/[\s>]/)[0] ?? '', text };
  if (text.startsWith(OPEN) && text.endsWith(CLOSE))
    return { kind: 'answer', text: text.slice(OPEN.length, -CLOSE.length) };
  return { kind: 'answer', text };
}
