import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

// A spoken phrase as 16 kHz mono PCM16, the Live API's input format (protocols.md "Audio"):
// espeak-ng says it, sox resamples it and strips the WAV header.

const run = promisify(execFile);

export async function spokenPcm16k(text: string): Promise<Int16Array> {
  const dir = await mkdtemp(join(tmpdir(), 'mockingbird-check-'));
  try {
    const wav = join(dir, 'speech.wav');
    const raw = join(dir, 'speech.raw');
    await run('espeak-ng', ['-w', wav, text]);
    await run('sox', [wav, '-r', '16000', '-c', '1', '-b', '16', '-e', 'signed-integer', '-t', 'raw', raw]);
    const bytes = await readFile(raw);
    return new Int16Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.byteLength / 2));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
