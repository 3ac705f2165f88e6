import { isRecord } from '../shared/http.ts';

// Finds what the candidate said in a generateContent request, so the fake report can quote
// it word for word. The report prompt (contracts/report-prompt.ts) writes each turn as a line
// `[N] Candidate: "…"` with the text as a JSON string; the older form, JSON objects with
// `"role": "candidate", "text": "…"`, is found too, whatever surrounds it.

const CANDIDATE_TURN =
  /"role":\s*"candidate",\s*"text":\s*("(?:[^"\\]|\\.)*")|^\[\d+\] Candidate: ("(?:[^"\\]|\\.)*")$/gm;
/** The first twelve words, spacing kept exactly as spoken. */
const FIRST_WORDS = /^\s*\S+(?:\s+\S+){0,11}/;

function promptText(body: Record<string, unknown>): string {
  const contents: unknown[] = Array.isArray(body.contents) ? body.contents : [];
  return contents
    .flatMap((c): unknown[] => (isRecord(c) && Array.isArray(c.parts) ? c.parts : []))
    .map((p) => (isRecord(p) && typeof p.text === 'string' ? p.text : ''))
    .join('\n');
}

/** Up to the first dozen words of each candidate turn: exact substrings of what was said. */
export function candidateQuotes(body: Record<string, unknown>): string[] {
  const quotes: string[] = [];
  for (const match of promptText(body).matchAll(CANDIDATE_TURN)) {
    const text = JSON.parse(match[1] ?? match[2] ?? '""') as string;
    const quote = FIRST_WORDS.exec(text)?.[0].trim();
    if (quote) quotes.push(quote);
  }
  return quotes;
}
