// Gemini's text API for the eval: the interviewer's turns (with the end_interview tool) and the
// judge's JSON answers, through the same SDK the app uses.

import { GoogleGenAI, type FunctionDeclaration } from '@google/genai';
import { END_INTERVIEW_DECLARATION } from '../../web/src/features/interview/interview-tools';
import { END_INTERVIEW_TOOL } from '../../web/src/lib/interviewer/prompt';
import type { AskInterviewer } from './conversation';

export interface GeminiTextOptions {
  apiKey: string;
  baseUrl?: string;
  model: string;
  judgeModel: string;
}

export interface GeminiText {
  ask: AskInterviewer;
  /** The judge's raw answer to one prompt, asked for as JSON of `schema`. */
  judge(systemInstruction: string, prompt: string, schema: Record<string, unknown>): Promise<string>;
}

// The Live declaration spells the SDK's Type enum values as plain strings ('OBJECT', 'STRING');
// on the wire they are the same JSON.
const END_INTERVIEW = END_INTERVIEW_DECLARATION as FunctionDeclaration;

export function createGeminiText(o: GeminiTextOptions): GeminiText {
  const ai = new GoogleGenAI({ apiKey: o.apiKey, ...(o.baseUrl ? { httpOptions: { baseUrl: o.baseUrl } } : {}) });
  return {
    async ask({ systemInstruction, contents }) {
      const reply = await ai.models.generateContent({
        model: o.model,
        contents,
        config: { systemInstruction, tools: [{ functionDeclarations: [END_INTERVIEW] }] },
      });
      return {
        text: (reply.text ?? '').trim(),
        ended: (reply.functionCalls ?? []).some((c) => c.name === END_INTERVIEW_TOOL),
      };
    },
    async judge(systemInstruction, prompt, schema) {
      const reply = await ai.models.generateContent({
        model: o.judgeModel,
        contents: prompt,
        config: { systemInstruction, responseMimeType: 'application/json', responseJsonSchema: schema },
      });
      return reply.text ?? '';
    },
  };
}
