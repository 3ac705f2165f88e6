import { describe, expect, it } from 'vitest';
import { int16ToBase64 } from '../../lib/base64';
import { parseDurationMs, parseServerMessage } from './parse-server-message';

const pcm = new Int16Array([1, -2, 32767, -32768]);
const audioPart = { inlineData: { mimeType: 'audio/pcm;rate=24000', data: int16ToBase64(pcm) } };

describe('parseServerMessage', () => {
  it('decodes reply audio into 24 kHz samples', () => {
    const [event] = parseServerMessage({ serverContent: { modelTurn: { parts: [audioPart] } } });
    expect(event?.type).toBe('audio');
    expect(event?.type === 'audio' && Array.from(event.pcm)).toEqual([1, -2, 32767, -32768]);
  });

  it('ignores parts that are not audio', () => {
    const message = {
      serverContent: {
        modelTurn: {
          parts: [{ text: 'thinking…', thought: true }, { inlineData: { mimeType: 'image/png', data: 'AAAA' } }],
        },
      },
    };
    expect(parseServerMessage(message)).toEqual([]);
  });

  it('puts audio and transcription before the end of the turn in the same message', () => {
    const message = {
      serverContent: {
        turnComplete: true,
        interrupted: true,
        outputTranscription: { text: ' bye' },
        inputTranscription: { text: 'wait' },
        modelTurn: { parts: [audioPart] },
      },
    };
    expect(parseServerMessage(message).map((e) => e.type)).toEqual([
      'audio',
      'outputTranscript',
      'inputTranscript',
      'interrupted',
      'turnComplete',
    ]);
  });

  it('reads generationComplete on its own', () => {
    expect(parseServerMessage({ serverContent: { generationComplete: true } })).toEqual([
      { type: 'generationComplete' },
    ]);
  });

  it('reads every function call with its id and arguments', () => {
    const message = {
      toolCall: { functionCalls: [{ id: 'fc1', name: 'end_interview', args: { reason: 'done' } }, { name: 'other' }] },
    };
    expect(parseServerMessage(message)).toEqual([
      { type: 'toolCall', id: 'fc1', name: 'end_interview', args: { reason: 'done' } },
      { type: 'toolCall', id: '', name: 'other', args: {} },
    ]);
  });

  it('keeps a handle only when the server says it is resumable', () => {
    expect(parseServerMessage({ sessionResumptionUpdate: { newHandle: 'h1', resumable: true } })).toEqual([
      { type: 'resumption', handle: 'h1', resumable: true },
    ]);
    expect(parseServerMessage({ sessionResumptionUpdate: { newHandle: '', resumable: false } })).toEqual([
      { type: 'resumption', resumable: false },
    ]);
    expect(parseServerMessage({ sessionResumptionUpdate: { resumable: true } })).toEqual([
      { type: 'resumption', resumable: false },
    ]);
  });

  it('reports a handle sent with resumable:false as not resumable, and an update without the flag as not resumable', () => {
    const [notNow] = parseServerMessage({ sessionResumptionUpdate: { newHandle: 'h-mid-reply', resumable: false } });
    expect(notNow).toMatchObject({ type: 'resumption', resumable: false });
    const [unflagged] = parseServerMessage({ sessionResumptionUpdate: { newHandle: 'h2' } });
    expect(unflagged).toMatchObject({ type: 'resumption', resumable: false });
  });

  it('reads goAway with and without its time left', () => {
    expect(parseServerMessage({ goAway: { timeLeft: '50s' } })).toEqual([{ type: 'goAway', timeLeftMs: 50_000 }]);
    expect(parseServerMessage({ goAway: {} })).toEqual([{ type: 'goAway' }]);
  });

  it('survives junk: wrong types, corrupt base64, no object at all', () => {
    expect(parseServerMessage(null)).toEqual([]);
    expect(parseServerMessage('setupComplete')).toEqual([]);
    expect(parseServerMessage({ serverContent: { modelTurn: { parts: 'x' }, turnComplete: 'yes' } })).toEqual([]);
    expect(
      parseServerMessage({
        serverContent: { modelTurn: { parts: [{ inlineData: { mimeType: 'audio/pcm', data: '!!!' } }] } },
      }),
    ).toEqual([]);
    expect(parseServerMessage({ setupComplete: {}, usageMetadata: { totalTokenCount: 3 } })).toEqual([]);
  });
});

describe('parseDurationMs', () => {
  it('reads whole and fractional seconds', () => {
    expect(parseDurationMs('50s')).toBe(50_000);
    expect(parseDurationMs('1.5s')).toBe(1500);
    expect(parseDurationMs('soon')).toBeUndefined();
  });
});
