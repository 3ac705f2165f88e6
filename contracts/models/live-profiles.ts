// What each Gemini Live model we support accepts, ignores or refuses in its setup, written
// once for the token server (the token's locked setup), the browser (its own setup message)
// and the fakes (which enforce it). Sources, as checked in December 2026:
// - [3.8] ai.google.dev/gemini-api/docs/models/gemini-3.8-live, "Migrating from Gemini 3.1
//   Flash Live" (no thinking_level, NON_BLOCKING default with scheduling, send_client_content
//   all session, proactive audio permanent and `proactive_audio: false` an error, affective
//   dialog removed).
// - [3.8x] ai.google.dev/gemini-api/docs/models/gemini-3.8-live-extended-thinking ("Function
//   calling: Supported (Async only)", thinking supported; levels low / medium / high).
// - [3.1] ai.google.dev/gemini-api/docs/models/gemini-3.1-flash-live-preview, "Migrating from
//   Gemini 2.5 Flash Live" (thinkingLevel instead of thinkingBudget, several parts per server
//   event, synchronous function calls only, proactive audio and affective dialog unsupported).
// - [vad] googleapis/js-genai #1467, googleapis/python-genai #2580, gemini-live-api-examples
//   #37 and #50: 3.1 ends a turn after about 1 s of silence whatever silenceDurationMs says.
// - [end] openclaw/openclaw #152830: 3.8 does not end the turn on audioStreamEnd; its VAD needs
//   trailing audio. [va] googleapis/python-genai #2981: 3.8 sends no voiceActivity.
// - [wire] /work/shared/docs/protocols.md "What changed by late 2026".
// Where the real behaviour is unknown the table takes the harsher reading and says so.

/** accepted: honoured; ignored: taken without error and without effect; refused: an error. */
export type FieldRule = 'accepted' | 'ignored' | 'refused';

/** Wire values, as the SDK's ThinkingLevel enum spells them. */
export type ThinkingLevel = 'MINIMAL' | 'LOW' | 'MEDIUM' | 'HIGH';
export type ToolBehavior = 'BLOCKING' | 'NON_BLOCKING';

export interface LiveModelProfile {
  /** The model id without the `models/` prefix. */
  id: string;
  /** `untested` only for a model missing from this table (see model-choice.ts). */
  status: 'stable' | 'preview' | 'superseded' | 'untested';
  thinking: {
    /** generationConfig.thinkingConfig.thinkingBudget (2.5 style). */
    budget: FieldRule;
    /** generationConfig.thinkingConfig.thinkingLevel (3.x style). */
    level: FieldRule;
    levels: readonly ThinkingLevel[];
  };
  /** enableAffectiveDialog. */
  affectiveDialog: FieldRule;
  /** proactivity.proactiveAudio, per value sent. */
  proactiveAudio: { true: FieldRule; false: FieldRule };
  /** realtimeInputConfig.automaticActivityDetection.silenceDurationMs. */
  silenceDurationMs: 'honoured' | 'ignored';
  /** With server VAD, the silence that ends a turn when silenceDurationMs is ignored. */
  serverSilenceMs: number;
  /** Whether `realtimeInput.audioStreamEnd` ends the candidate's turn. */
  audioStreamEndEndsTurn: boolean;
  functionCalls: {
    /** How a declaration without `behavior` runs. */
    default: ToolBehavior;
    /** What an explicit `behavior` value in a declaration meets. */
    behavior: Record<ToolBehavior, FieldRule>;
    /** toolResponse scheduling (SILENT / WHEN_IDLE / INTERRUPT) for NON_BLOCKING calls. */
    scheduling: boolean;
  };
  /** `clientContent` turns: only before the first realtime input, or at any time. */
  clientContent: 'initial_history_only' | 'whole_session';
  /** Whether one serverContent message may carry several parts (audio + transcription). */
  multiPartMessages: boolean;
  /** Server fields only this model sends. */
  serverFields: {
    waitingForInput: boolean;
    turnCompleteReason: boolean;
    interimInputTranscription: boolean;
    voiceActivity: boolean;
  };
}

export const GEMINI_3_8_LIVE: LiveModelProfile = {
  id: 'gemini-3.8-live',
  status: 'stable',
  // [3.8] "omit thinking_level (or thinking_config)": both read as refused.
  thinking: { budget: 'refused', level: 'refused', levels: [] },
  // [3.8] "removed from the API": refused is the harsher reading of "remove all config".
  affectiveDialog: 'refused',
  // [3.8] permanently on; `false` returns an error. `true` restates the default.
  proactiveAudio: { true: 'ignored', false: 'refused' },
  // Unknown for 3.8: no report either way, and the migration guide names no VAD change from
  // 3.1 [vad]. Harsher reading: ignored, with 3.1's ~1 s.
  silenceDurationMs: 'ignored',
  serverSilenceMs: 1_000,
  audioStreamEndEndsTurn: false, // [end]
  // [3.8] NON_BLOCKING by default; BLOCKING still accepted for backward compatibility.
  functionCalls: {
    default: 'NON_BLOCKING',
    behavior: { BLOCKING: 'accepted', NON_BLOCKING: 'accepted' },
    scheduling: true,
  },
  clientContent: 'whole_session', // [3.8]
  multiPartMessages: true, // [wire]
  serverFields: {
    waitingForInput: true,
    turnCompleteReason: true,
    interimInputTranscription: true,
    voiceActivity: false,
  }, // [wire] [va]
};

export const GEMINI_3_8_LIVE_EXTENDED_THINKING: LiveModelProfile = {
  ...GEMINI_3_8_LIVE,
  id: 'gemini-3.8-live-extended-thinking',
  // [3.8x] takes thinkingLevel (low / medium / high); a budget is the 2.5 field: refused.
  thinking: { budget: 'refused', level: 'accepted', levels: ['LOW', 'MEDIUM', 'HIGH'] },
  // [3.8x] "Async only": a BLOCKING declaration is refused (harsher reading of "only").
  functionCalls: {
    default: 'NON_BLOCKING',
    behavior: { BLOCKING: 'refused', NON_BLOCKING: 'accepted' },
    scheduling: true,
  },
};

export const GEMINI_3_1_FLASH_LIVE_PREVIEW: LiveModelProfile = {
  id: 'gemini-3.1-flash-live-preview',
  status: 'preview',
  // [3.1] thinkingLevel (default minimal) instead of thinkingBudget.
  thinking: { budget: 'refused', level: 'accepted', levels: ['MINIMAL', 'LOW', 'MEDIUM', 'HIGH'] },
  // [3.1] "not supported yet, remove any configuration": refused (harsher reading).
  affectiveDialog: 'refused',
  proactiveAudio: { true: 'refused', false: 'refused' },
  silenceDurationMs: 'ignored', // [vad]
  serverSilenceMs: 1_000, // [vad] "about 1.0 s"
  audioStreamEndEndsTurn: true, // [end] contrasts 3.8 with 3.1, which ends the turn
  // [3.1] synchronous only: the model waits for the tool response. NON_BLOCKING refused.
  functionCalls: {
    default: 'BLOCKING',
    behavior: { BLOCKING: 'accepted', NON_BLOCKING: 'refused' },
    scheduling: false,
  },
  // [wire] clientContent only seeds the initial history. The 3.1 migration notes on some
  // mirrors say "all session"; the harsher reading is kept.
  clientContent: 'initial_history_only',
  multiPartMessages: true, // [3.1]
  serverFields: {
    waitingForInput: false,
    turnCompleteReason: false,
    interimInputTranscription: false,
    voiceActivity: true,
  }, // [va]
};

export const GEMINI_2_5_FLASH_NATIVE_AUDIO: LiveModelProfile = {
  id: 'gemini-2.5-flash-native-audio-preview-12-2025',
  // [wire] a superseded preview at risk of shutdown.
  status: 'superseded',
  // [3.1] migration notes: 2.5 used thinkingBudget; thinkingLevel is the 3.x field (refused).
  thinking: { budget: 'accepted', level: 'refused', levels: [] },
  // 2.5 native audio documents affective dialog and proactive audio (v1alpha).
  affectiveDialog: 'accepted',
  proactiveAudio: { true: 'accepted', false: 'accepted' },
  silenceDurationMs: 'honoured', // js-genai #1467: "works correctly on 2.5"
  serverSilenceMs: 1_000,
  audioStreamEndEndsTurn: true,
  // Live API tools guide (2025): asynchronous calls only with half-cascade models, so a
  // NON_BLOCKING declaration is refused on native audio (harsher reading).
  functionCalls: {
    default: 'BLOCKING',
    behavior: { BLOCKING: 'accepted', NON_BLOCKING: 'refused' },
    scheduling: false,
  },
  clientContent: 'whole_session',
  // [3.1] several parts per event is new in 3.x.
  multiPartMessages: false,
  serverFields: {
    waitingForInput: false,
    turnCompleteReason: false,
    interimInputTranscription: false,
    voiceActivity: false,
  },
};

/** Every Live model we test against, default first. */
export const LIVE_MODEL_PROFILES: readonly LiveModelProfile[] = [
  GEMINI_3_8_LIVE,
  GEMINI_3_8_LIVE_EXTENDED_THINKING,
  GEMINI_3_1_FLASH_LIVE_PREVIEW,
  GEMINI_2_5_FLASH_NATIVE_AUDIO,
];

export const DEFAULT_LIVE_MODEL = GEMINI_3_8_LIVE.id;

/**
 * For a model missing from the table: the strictest reading of every row, so a setup built
 * for it holds only fields every known model accepts.
 */
export function untestedLiveProfile(id: string): LiveModelProfile {
  return {
    ...GEMINI_3_1_FLASH_LIVE_PREVIEW,
    id,
    status: 'untested',
    thinking: { budget: 'refused', level: 'refused', levels: [] },
    audioStreamEndEndsTurn: false,
    // Newer models run calls asynchronously by default: expect the model to keep talking.
    functionCalls: {
      default: 'NON_BLOCKING',
      behavior: { BLOCKING: 'refused', NON_BLOCKING: 'refused' },
      scheduling: false,
    },
    serverFields: {
      waitingForInput: false,
      turnCompleteReason: false,
      interimInputTranscription: false,
      voiceActivity: false,
    },
  };
}

/** The profile of a known model id (with or without `models/`), or undefined. */
export function findLiveProfile(id: string): LiveModelProfile | undefined {
  const bare = id.replace(/^models\//, '');
  return LIVE_MODEL_PROFILES.find((p) => p.id === bare);
}
