// One scripted candidate against the real interviewer instruction, through the text API: the
// same system prompt, kickoff, cues and typed-answer fence the room sends to Gemini Live, and the
// same end_interview tool. Only the transport differs (text turns instead of audio).

import type { Content } from '@google/genai';
import { cueText } from '../../web/src/features/interview/cue-text';
import { kickoffText } from '../../web/src/features/interview/kickoff';
import { typedAnswerText } from '../../web/src/features/interview/typed-answers';
import { buildSystemPrompt } from '../../web/src/lib/interviewer/prompt';
import type { CandidateLine, ScriptedCandidate } from './candidates';

export interface TurnRequest {
  systemInstruction: string;
  contents: Content[];
}

/** The interviewer's reply: its words, and whether it called end_interview. */
export interface TurnReply {
  text: string;
  ended: boolean;
}

export type AskInterviewer = (req: TurnRequest) => Promise<TurnReply>;

export interface TranscriptLine {
  who: 'interviewer' | 'candidate' | 'app';
  text: string;
  typed?: boolean;
}

const CUE_AT: Record<NonNullable<CandidateLine['cue']>, (targetMs: number) => number> = {
  'half-time': (t) => t / 2,
  'three-minutes-left': (t) => t - 3 * 60_000,
  'one-minute-left': (t) => t - 60_000,
};

function candidateParts(line: CandidateLine, s: ScriptedCandidate, log: TranscriptLine[]): { text: string }[] {
  const parts: { text: string }[] = [];
  if (line.cue) {
    const targetMs = s.setup.lengthMinutes * 60_000;
    const text = cueText({ kind: line.cue, elapsedMs: CUE_AT[line.cue](targetMs), targetMs }, s.setup.languageCode);
    parts.push({ text });
    log.push({ who: 'app', text });
  }
  parts.push({ text: line.typed ? typedAnswerText(line.say) : line.say });
  log.push({ who: 'candidate', text: line.say, ...(line.typed ? { typed: true } : {}) });
  return parts;
}

export async function runConversation(s: ScriptedCandidate, ask: AskInterviewer): Promise<TranscriptLine[]> {
  const systemInstruction = buildSystemPrompt(s.setup);
  const kickoff = kickoffText(s.setup.languageCode);
  const log: TranscriptLine[] = [{ who: 'app', text: kickoff }];
  const contents: Content[] = [{ role: 'user', parts: [{ text: kickoff }] }];
  for (let i = 0; ; i++) {
    const reply = await ask({ systemInstruction, contents });
    if (reply.text) log.push({ who: 'interviewer', text: reply.text });
    contents.push({ role: 'model', parts: [{ text: reply.text || '(no words)' }] });
    if (reply.ended) {
      log.push({ who: 'app', text: '(end_interview called)' });
      return log;
    }
    const line = s.lines[i];
    if (!line) return log;
    contents.push({ role: 'user', parts: candidateParts(line, s, log) });
  }
}
