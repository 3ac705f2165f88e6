import type { FieldRule, LiveModelProfile, ThinkingLevel, ToolBehavior } from './live-profiles.ts';

// Builds a Live setup holding only what the chosen model takes. The field names are those of
// LiveConnectConfig in @google/genai 3.1.0 (the SDK nests them into the wire's setup message),
// so the same object serves the browser's `ai.live.connect({config})` and the server's
// `liveConnectConstraints.config` in a token.

/** A function the model may call. `behavior` is sent only where the model accepts it. */
export interface LiveToolDeclaration {
  name: string;
  description: string;
  parameters?: Record<string, unknown>;
  behavior?: ToolBehavior;
}

/** What the app would like; the builder keeps what the model accepts. */
export interface LiveSetupWishes {
  voice?: string;
  /** BCP-47. Native-audio models ignore it (the prompt must carry the language). */
  languageCode?: string;
  systemInstruction?: string;
  tools?: readonly LiveToolDeclaration[];
  /** Both input and output transcriptions. */
  transcriptions?: boolean;
  /** Present (even empty) asks for resumption handles; a handle resumes that session. */
  resumption?: { handle?: string };
  /** Sliding-window context compression (a long audio session needs it). */
  compression?: boolean;
  silenceDurationMs?: number;
  /**
   * The client marks the candidate's turns with activityStart / activityEnd: the server's voice
   * detection is off, so `silenceDurationMs` means nothing and is left out.
   */
  manualActivity?: boolean;
  thinkingLevel?: ThinkingLevel;
  thinkingBudget?: number;
  affectiveDialog?: boolean;
  proactiveAudio?: boolean;
}

export interface LiveSetupConfig {
  responseModalities: ['AUDIO'];
  speechConfig?: { voiceConfig?: { prebuiltVoiceConfig: { voiceName: string } }; languageCode?: string };
  systemInstruction?: string;
  tools?: [{ functionDeclarations: LiveToolDeclaration[] }];
  inputAudioTranscription?: Record<string, never>;
  outputAudioTranscription?: Record<string, never>;
  sessionResumption?: { handle?: string };
  contextWindowCompression?: { slidingWindow: Record<string, never> };
  realtimeInputConfig?: { automaticActivityDetection: { disabled: true } | { silenceDurationMs: number } };
  thinkingConfig?: { thinkingBudget?: number; thinkingLevel?: ThinkingLevel };
  enableAffectiveDialog?: boolean;
  proactivity?: { proactiveAudio: boolean };
}

export interface LiveSetupResult {
  config: LiveSetupConfig;
  /** Wishes left out because this model refuses them (setup would fail). */
  dropped: string[];
  /** Wishes sent although this model ignores them (no effect, no error). */
  ineffective: string[];
}

/** The setup for `profile`: refused wishes left out, ignored ones sent and listed. */
export function buildLiveSetup(profile: LiveModelProfile, wishes: LiveSetupWishes): LiveSetupResult {
  const result: LiveSetupResult = { config: { responseModalities: ['AUDIO'] }, dropped: [], ineffective: [] };
  const config = result.config;
  /** Applies `rule` to one wish; true when it may be sent. */
  const allow = (wish: string, rule: FieldRule): boolean => {
    if (rule === 'refused') result.dropped.push(wish);
    if (rule === 'ignored') result.ineffective.push(wish);
    return rule !== 'refused';
  };
  const speech = speechConfig(wishes);
  if (speech) config.speechConfig = speech;
  // speechConfig.languageCode is ignored by native-audio models (protocols.md).
  if (wishes.languageCode) result.ineffective.push('languageCode');
  if (wishes.systemInstruction) config.systemInstruction = wishes.systemInstruction;
  if (wishes.tools?.length)
    config.tools = [{ functionDeclarations: wishes.tools.map((t) => toolFor(profile, t, result.dropped)) }];
  if (wishes.transcriptions) {
    config.inputAudioTranscription = {};
    config.outputAudioTranscription = {};
  }
  if (wishes.resumption)
    config.sessionResumption = wishes.resumption.handle ? { handle: wishes.resumption.handle } : {};
  if (wishes.compression) config.contextWindowCompression = { slidingWindow: {} };
  // AutomaticActivityDetection.disabled (@google/genai 3.1.0 types): "If disabled, the client
  // must send activity signals". Every Live model takes it; it is how 3.x's fixed ~1 s end of
  // turn is avoided (protocols.md, "Server VAD on 3.1").
  if (wishes.manualActivity) {
    config.realtimeInputConfig = { automaticActivityDetection: { disabled: true } };
    if (wishes.silenceDurationMs !== undefined) result.ineffective.push('silenceDurationMs');
  } else if (wishes.silenceDurationMs !== undefined) {
    allow('silenceDurationMs', profile.silenceDurationMs === 'honoured' ? 'accepted' : 'ignored');
    config.realtimeInputConfig = { automaticActivityDetection: { silenceDurationMs: wishes.silenceDurationMs } };
  }
  const thinking = thinkingFor(profile, wishes, allow);
  if (thinking) config.thinkingConfig = thinking;
  if (wishes.affectiveDialog !== undefined && allow('affectiveDialog', profile.affectiveDialog)) {
    config.enableAffectiveDialog = wishes.affectiveDialog;
  }
  if (wishes.proactiveAudio !== undefined) {
    const rule = wishes.proactiveAudio ? profile.proactiveAudio.true : profile.proactiveAudio.false;
    if (allow('proactiveAudio', rule)) config.proactivity = { proactiveAudio: wishes.proactiveAudio };
  }
  return result;
}

function speechConfig(wishes: LiveSetupWishes): LiveSetupConfig['speechConfig'] {
  if (!wishes.voice && !wishes.languageCode) return undefined;
  return {
    ...(wishes.voice ? { voiceConfig: { prebuiltVoiceConfig: { voiceName: wishes.voice } } } : {}),
    ...(wishes.languageCode ? { languageCode: wishes.languageCode } : {}),
  };
}

function toolFor(profile: LiveModelProfile, tool: LiveToolDeclaration, dropped: string[]): LiveToolDeclaration {
  if (!tool.behavior || profile.functionCalls.behavior[tool.behavior] !== 'refused') return { ...tool };
  dropped.push(`${tool.name}.behavior`);
  const { behavior: _refused, ...rest } = tool;
  return rest;
}

function thinkingFor(
  profile: LiveModelProfile,
  wishes: LiveSetupWishes,
  allow: (wish: string, rule: FieldRule) => boolean,
): LiveSetupConfig['thinkingConfig'] {
  const thinking: NonNullable<LiveSetupConfig['thinkingConfig']> = {};
  if (wishes.thinkingBudget !== undefined && allow('thinkingBudget', profile.thinking.budget)) {
    thinking.thinkingBudget = wishes.thinkingBudget;
  }
  if (wishes.thinkingLevel !== undefined) {
    const known = profile.thinking.levels.includes(wishes.thinkingLevel);
    if (allow('thinkingLevel', known ? profile.thinking.level : 'refused'))
      thinking.thinkingLevel = wishes.thinkingLevel;
  }
  return Object.keys(thinking).length > 0 ? thinking : undefined;
}
