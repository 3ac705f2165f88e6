// Compares the transcript the app kept (IndexedDB) with what the fake server actually said and
// heard: every line must be there exactly once. A line the app kept that is the cut-off start of
// another (an utterance lost mid-way and spoken again) is counted apart as a fragment.

export interface StoredTurn {
  role: string;
  text: string;
}

export interface TranscriptCheck {
  expected: number;
  lost: string[];
  duplicated: string[];
  fragments: string[];
  /** Lines the app kept that the server never said or heard at all. */
  unexpected: string[];
}

function checkRole(expected: readonly string[], stored: readonly string[]): Omit<TranscriptCheck, 'expected'> {
  const wanted = [...new Set(expected.map((t) => t.trim()))];
  const kept = stored.map((t) => t.trim());
  const count = (line: string): number => kept.filter((t) => t === line).length;
  const others = kept.filter((t) => !wanted.includes(t));
  return {
    lost: wanted.filter((line) => count(line) === 0),
    duplicated: wanted.filter((line) => count(line) > 1),
    fragments: others.filter((t) => t !== '' && wanted.some((line) => line.startsWith(t))),
    unexpected: others.filter((t) => t !== '' && !wanted.some((line) => line.startsWith(t))),
  };
}

export function checkTranscript(
  said: readonly string[],
  heard: readonly string[],
  stored: readonly StoredTurn[],
): TranscriptCheck {
  const interviewer = checkRole(
    said,
    stored.filter((t) => t.role === 'interviewer').map((t) => t.text),
  );
  const candidate = checkRole(
    heard,
    stored.filter((t) => t.role === 'candidate').map((t) => t.text),
  );
  return {
    expected: new Set(said).size + new Set(heard).size,
    lost: [...interviewer.lost, ...candidate.lost],
    duplicated: [...interviewer.duplicated, ...candidate.duplicated],
    fragments: [...interviewer.fragments, ...candidate.fragments],
    unexpected: [...interviewer.unexpected, ...candidate.unexpected],
  };
}
