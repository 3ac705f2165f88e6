import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// Looks for API keys where none may be: the built app (source maps included) and what the server
// answers. Two kinds of finding: a configured key itself (also base64- or URL-encoded), and a
// string shaped like a key whatever its value. The shapes are narrow on purpose: a bundle is full
// of long identifiers, font data and commit hashes, and a scanner that cries wolf gets ignored.

export interface SecretFinding {
  /** A file path or a response's URL. */
  where: string;
  rule: string;
  /** The match with a little context, key characters masked past the first six. */
  excerpt: string;
}

interface ShapeRule {
  name: string;
  pattern: RegExp;
  /** Which capture group holds the secret (0: the whole match). */
  group?: number;
  /** Rejects look-alikes that are known to be harmless, judged with a little text on each side. */
  harmless?: (value: string, before: string, after: string) => boolean;
}

/**
 * Live session tokens are minted for the browser on purpose: single use, a minute to start a
 * session, locked to the model. Their name is random, so it must be told apart from a key.
 */
const isEphemeralToken = (value: string, before: string) =>
  value.startsWith('auth_tokens/') || before.endsWith('auth_tokens/');

/**
 * Hex look-alikes that libraries ship: commit hashes in links to their sources, a PDF file id
 * in a pdf.js comment, and the public key of a Sentry DSN (which Sentry documents as public).
 */
function isHarmlessHex(value: string, before: string, after: string): boolean {
  if (isEphemeralToken(value, before) || entropy(value) < 3 || isCountingTable(value)) return true;
  if (value.length === 40 && /(?:\/(?:rev|blob|commit|tree)\/|drc=)$/.test(before)) return true;
  if (/\/ID \[ <$/.test(before)) return true;
  return /https:\/\/$/.test(before) && /^@[\w.]+\.sentry\.io\//.test(after);
}

/**
 * Lookup tables that compiled code (WebAssembly above all) carries: the hex alphabet spelled in
 * order ("0123456789abcdef…") or bytes counting up ("000102030405…"). A key is random, so at
 * most a few of its neighbours follow each other; in these nearly all do.
 */
export function isCountingTable(value: string): boolean {
  const v = value.toLowerCase();
  const digit = (ch: string | undefined) => (ch === undefined ? -1 : parseInt(ch, 16));
  let alphabetSteps = 0;
  for (let i = 1; i < v.length; i++) if (digit(v[i]) === (digit(v[i - 1]) + 1) % 16) alphabetSteps++;
  if (alphabetSteps / (v.length - 1) > 0.75) return true;
  return [0, 1].some((offset) => {
    const bytes: number[] = [];
    for (let i = offset; i + 2 <= v.length; i += 2) bytes.push(parseInt(v.slice(i, i + 2), 16));
    let countingSteps = 0;
    for (let i = 1; i < bytes.length; i++) if (bytes[i] === ((bytes[i - 1] ?? -2) + 1) % 256) countingSteps++;
    return bytes.length > 1 && countingSteps / (bytes.length - 1) > 0.75;
  });
}

/** Bits per character; random keys score high, words and padding low. */
export function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / value.length) * Math.log2(n / value.length);
  return bits;
}

const SHAPES: ShapeRule[] = [
  // Google API keys: "AIza" and 35 more characters.
  { name: 'Google API key', pattern: /AIza[0-9A-Za-z_-]{35}/g },
  // Tavus keys and most other hex secrets: 32 or more hex digits standing alone.
  { name: 'hex secret', pattern: /(?<![0-9A-Za-z])[0-9a-fA-F]{32,}(?![0-9A-Za-z])/g, harmless: isHarmlessHex },
  // A long random string assigned to something called a key, secret, password or token.
  {
    name: 'assigned secret',
    pattern:
      /(?:api[_-]?key|secret|passw(?:or)?d|token|credential)[\w-]*["']?\s*[:=]\s*["'`]([A-Za-z0-9+/_.-]{24,}={0,2})["'`]/gi,
    group: 1,
    harmless: (value, before) => isEphemeralToken(value, before) || !/\d/.test(value) || entropy(value) < 3.5,
  },
  { name: 'bearer token', pattern: /Bearer\s+([A-Za-z0-9._~+/-]{20,}=*)/g, group: 1, harmless: isEphemeralToken },
];

function mask(text: string, value: string): string {
  return text.split(value).join(`${value.slice(0, 6)}…(${value.length} chars)`);
}

function excerpt(text: string, at: number, value: string): string {
  const around = text.slice(Math.max(0, at - 40), at + value.length + 40).replace(/\s+/g, ' ');
  return mask(around, value);
}

/** Every spelling of a configured key that could end up in a file or an answer. */
function spellings(secret: string): string[] {
  return [
    ...new Set([secret, encodeURIComponent(secret), Buffer.from(secret, 'utf8').toString('base64').replace(/=+$/, '')]),
  ];
}

/** Findings in one text; `known` are the configured key values. */
export function findSecrets(text: string, where: string, known: readonly string[]): SecretFinding[] {
  const findings: SecretFinding[] = [];
  for (const secret of known.filter((s) => s.length > 0)) {
    for (const spelling of spellings(secret)) {
      const at = text.indexOf(spelling);
      if (at >= 0) findings.push({ where, rule: 'configured key', excerpt: excerpt(text, at, spelling) });
    }
  }
  for (const shape of SHAPES) {
    for (const match of text.matchAll(shape.pattern)) {
      const value = match[shape.group ?? 0] ?? '';
      const at = match.index + match[0].indexOf(value);
      const [before, after] = [
        text.slice(Math.max(0, at - 16), at),
        text.slice(at + value.length, at + value.length + 40),
      ];
      if (shape.harmless?.(value, before, after)) continue;
      findings.push({ where, rule: shape.name, excerpt: excerpt(text, at, value) });
    }
  }
  return findings;
}

export interface DirectoryScan {
  findings: SecretFinding[];
  files: string[];
  bytes: number;
}

/** Scans every file under `dir` as text (binary files too: a key inside one is still a key). */
export function scanDirectory(dir: string, known: readonly string[]): DirectoryScan {
  const scan: DirectoryScan = { findings: [], files: [], bytes: 0 };
  const visit = (path: string): void => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path)) visit(join(path, name));
      return;
    }
    const text = readFileSync(path).toString('latin1');
    scan.files.push(relative(dir, path));
    scan.bytes += text.length;
    scan.findings.push(...findSecrets(text, relative(dir, path), known));
  };
  visit(dir);
  return scan;
}

/** Scans an HTTP answer: status line, every header and the body. */
export function scanResponse(
  url: string,
  status: number,
  headers: Record<string, string>,
  body: string,
  known: readonly string[],
): SecretFinding[] {
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return findSecrets([`HTTP ${status}`, ...head, '', body].join('\n'), url, known);
}
