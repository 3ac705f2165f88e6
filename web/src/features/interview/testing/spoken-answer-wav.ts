// A spoken answer of known length and word count, made at test time (Node only): espeak-ng says
// each sentence, sox trims the synthesiser's own leading and trailing silence (below -60 dBFS),
// and the sentences are joined with silences of a known length, 16 kHz mono PCM16 like the
// capture stream, with a second of silence before and after. What is known by construction:
// the words, the length of each spoken sentence and of each pause between them.
// Needs espeak-ng and sox (`apt-get install -y espeak-ng sox`; CI installs both).

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SpokenAnswer {
  path: string;
  text: string;
  words: number;
  /** Sum of the sentences' spoken lengths, the pauses left out. */
  spokenMs: number;
  pauseMs: number;
  sentences: number;
}

const run = (cmd: string, args: string[]): string => {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    throw new Error(
      `The spoken-answer fixture needs espeak-ng and sox (apt-get install -y espeak-ng sox): ${String(err)}`,
    );
  }
};

/** Writes the answer into `dir` and says what it holds. */
export function makeSpokenAnswer(
  dir: string,
  sentences: readonly string[],
  opts: { wordsPerMinute: number; pauseMs: number; voice?: string },
): SpokenAnswer {
  const parts: string[] = [];
  let spokenMs = 0;
  sentences.forEach((sentence, i) => {
    const raw = join(dir, `sentence-${i}.raw.wav`);
    const trimmed = join(dir, `sentence-${i}.wav`);
    run('espeak-ng', ['-v', opts.voice ?? 'en-us', '-s', String(opts.wordsPerMinute), '-w', raw, sentence]);
    run('sox', [
      raw,
      '-r',
      '16000',
      '-c',
      '1',
      '-b',
      '16',
      trimmed,
      'silence',
      '1',
      '0.005',
      '0.1%',
      'reverse',
      'silence',
      '1',
      '0.005',
      '0.1%',
      'reverse',
    ]);
    spokenMs += Number(run('soxi', ['-D', trimmed])) * 1000;
    parts.push(trimmed);
  });
  const gap = join(dir, 'gap.wav');
  run('sox', ['-n', '-r', '16000', '-c', '1', '-b', '16', gap, 'trim', '0', String(opts.pauseMs / 1000)]);
  const path = join(dir, 'answer.wav');
  const joined = parts.flatMap((part, i) => (i === 0 ? [part] : [gap, part]));
  run('sox', [...joined, path, 'pad', '1', '1']);
  const text = sentences.join(' ');
  return {
    path,
    text,
    words: text.split(/\s+/).filter(Boolean).length,
    spokenMs,
    pauseMs: opts.pauseMs,
    sentences: sentences.length,
  };
}

/** The samples of a 16 kHz mono PCM16 WAV file (refuses anything else). */
export function readPcm16Wav(path: string): Int16Array {
  const bytes = readFileSync(path);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WAVE')
    throw new Error(`${path} is not a WAV file`);
  let offset = 12;
  let format: { channels: number; rate: number; bits: number } | undefined;
  while (offset + 8 <= bytes.length) {
    const id = bytes.toString('ascii', offset, offset + 4);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ')
      format = {
        channels: view.getUint16(body + 2, true),
        rate: view.getUint32(body + 4, true),
        bits: view.getUint16(body + 14, true),
      };
    if (id === 'data') {
      if (format?.channels !== 1 || format.rate !== 16000 || format.bits !== 16)
        throw new Error(`${path} is not 16 kHz mono PCM16`);
      return new Int16Array(bytes.buffer.slice(bytes.byteOffset + body, bytes.byteOffset + body + (size & ~1)));
    }
    offset = body + size + (size % 2);
  }
  throw new Error(`${path} has no audio data`);
}
