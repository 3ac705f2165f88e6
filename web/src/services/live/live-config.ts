// The Live session's setup, built from the interview's choices. Field names follow
// LiveConnectConfig in @google/genai 3.1.0 (dist/genai.d.ts); the SDK maps them to the wire's
// setup message (generationConfig.speechConfig, realtimeInputConfig, …).

// Type-only imports: the SDK itself is loaded lazily (genai-connection.ts), so this file must
// not pull its runtime enums into the first chunk. The string values are the enums' own.
import type { FunctionDeclaration, LiveConnectConfig, Modality, Type } from '@google/genai';
import { END_INTERVIEW_TOOL } from '../../lib/prompt';
import type { LiveSessionConfig } from './types';

export type { LiveSessionConfig } from './types';

// One name for the prompt that tells the model to call the tool and the declaration of it.
export { END_INTERVIEW_TOOL };

const endInterview: FunctionDeclaration = {
  name: END_INTERVIEW_TOOL,
  description:
    'Ends the interview and takes the candidate to their feedback. Call it after your goodbye, or when the candidate clearly asks to stop.',
  parameters: {
    type: 'OBJECT' as Type,
    properties: {
      reason: { type: 'STRING' as Type, description: 'Why the interview ends, e.g. "completed" or "candidate asked to stop".' },
    },
  },
};

/**
 * `handle` resumes an earlier session; without it a new session starts. sessionResumption is
 * always present, even empty, because only then does the server send resumption handles.
 */
export function buildLiveConnectConfig(config: LiveSessionConfig, handle?: string): LiveConnectConfig {
  return {
    responseModalities: ['AUDIO' as Modality],
    speechConfig: {
      voiceConfig: { prebuiltVoiceConfig: { voiceName: config.voice } },
      languageCode: config.languageCode,
    },
    systemInstruction: config.systemInstruction,
    tools: [{ functionDeclarations: [endInterview] }],
    inputAudioTranscription: {},
    outputAudioTranscription: {},
    sessionResumption: handle ? { handle } : {},
    // Without compression an audio session ends after ~15 minutes; the sliding window drops the
    // oldest turns instead (the app keeps its own full transcript).
    contextWindowCompression: { slidingWindow: {} },
    realtimeInputConfig: {
      automaticActivityDetection: { silenceDurationMs: config.silenceDurationMs },
    },
  };
}
