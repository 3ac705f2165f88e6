import { fillersFor, type FillerContext, type FillerRule, type LanguageFillers } from './fillers-rules';
import { primaryLanguage, tokenize, type WordToken } from './speaking-stats-words';

export interface FillerCount {
  filler: string;
  count: number;
}

/** Longest phrases first, so "you know" is tried before anything inside it. */
function byLength(rules: readonly FillerRule[]): FillerRule[] {
  return [...rules].sort((a, b) => b.phrase.length - a.phrase.length);
}

function phraseAt(tokens: readonly WordToken[], start: number, phrase: readonly string[]): boolean {
  return phrase.every((word, offset) => {
    const token = tokens[start + offset];
    // A comma or full stop inside the phrase ("you, know") means the words do not belong together.
    return token !== undefined && token.word === word && (offset === 0 || token.before === 'none');
  });
}

function contextAt(
  tokens: readonly WordToken[],
  start: number,
  length: number,
  fillers: LanguageFillers,
): FillerContext {
  const first = tokens[start] as WordToken;
  const last = tokens[start + length - 1] as WordToken;
  const prev = tokens[start - 1]?.word;
  const next = tokens[start + length]?.word;
  const isHesitation = (word: string | undefined): boolean =>
    word !== undefined && fillers.hesitation(word) !== undefined;
  return {
    ...(prev !== undefined ? { prev } : {}),
    ...(next !== undefined ? { next } : {}),
    before: first.before,
    after: last.after,
    nextToHesitation: isHesitation(prev) || isHesitation(next),
  };
}

/**
 * Every filler in `text`, in the order spoken, as its label ("um", "you know"). Each word counts
 * at most once. The heuristics for each language are in fillers-rules.ts.
 */
export function findFillers(text: string, languageCode: string): string[] {
  const fillers = fillersFor(primaryLanguage(languageCode));
  const rules = byLength(fillers.rules);
  const tokens = tokenize(text);
  const found: string[] = [];
  for (let i = 0; i < tokens.length;) {
    const hesitation = fillers.hesitation((tokens[i] as WordToken).word);
    if (hesitation !== undefined) {
      found.push(hesitation);
      i++;
      continue;
    }
    const rule = rules.find(
      (r) => phraseAt(tokens, i, r.phrase) && (r.counts?.(contextAt(tokens, i, r.phrase.length, fillers)) ?? true),
    );
    found.push(...(rule ? [rule.label] : []));
    i += rule ? rule.phrase.length : 1;
  }
  return found;
}

/** Tallies of each filler over several texts, most frequent first (ties alphabetical). */
export function countFillers(texts: readonly string[], languageCode: string): FillerCount[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const filler of findFillers(text, languageCode)) counts.set(filler, (counts.get(filler) ?? 0) + 1);
  }
  return [...counts]
    .map(([filler, count]) => ({ filler, count }))
    .sort((a, b) => b.count - a.count || a.filler.localeCompare(b.filler));
}
