// Reports stored before the calibrated report (REPORT-CONTRACT.md) had per-question notes as
// `{question, note, score}` with no turn numbers and no example answer. They must still open:
// this turns that shape into the current one before validation, and leaves anything else alone.
// The old 0-100 overall score and 1-5 rubric scores keep their values.

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function upgradeNote(note: unknown): unknown {
  if (!isRecord(note) || 'whatWasMissing' in note) return note;
  const { note: text, ...rest } = note;
  return {
    questionTurn: 0,
    answerTurns: [],
    whatWorked: '',
    whatWasMissing: typeof text === 'string' ? text : '',
    exampleAnswer: '',
    ...rest,
  };
}

export function upgradeLegacyReport(value: unknown): unknown {
  if (!isRecord(value) || !Array.isArray(value.perQuestion)) return value;
  return { ...value, perQuestion: value.perQuestion.map(upgradeNote) };
}
