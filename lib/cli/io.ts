// What the command line touches of the outside world, behind one seam so that tests run the
// whole command in-process with files and streams of their own.

import { mkdir, readFile, writeFile } from 'node:fs/promises';

export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: string): Promise<void>;
  mkdir(path: string): Promise<void>;
  readStdin(): Promise<Uint8Array>;
  stdout(s: string): void;
  stderr(s: string): void;
}

export class InputError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes UTF-8 strictly: a file in another encoding (Windows-1256 is common for Arabic) is an
 * error, not mojibake. A byte-order mark is kept, so offsets are into the text exactly as read.
 */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new InputError(`${what}: not valid UTF-8 (convert it first, e.g. iconv -f WINDOWS-1256 -t UTF-8)`);
  }
}

export function nodeIo(): CliIo {
  return {
    readFile: (path) => readFile(path),
    writeFile: (path, data) => writeFile(path, data, 'utf8'),
    mkdir: async (path) => {
      await mkdir(path, { recursive: true });
    },
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  };
}

/** Reads a named file's bytes; `-` is standard input. Errors say which file and why. */
export async function readBytes(io: CliIo, path: string): Promise<Uint8Array> {
  try {
    return path === '-' ? await io.readStdin() : await io.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : String((e as Error).message);
    throw new InputError(`${path}: ${why}`);
  }
}

/** Reads a named file as UTF-8 text; `-` is standard input. */
export async function readInput(io: CliIo, path: string): Promise<string> {
  return decodeUtf8(await readBytes(io, path), path === '-' ? 'standard input' : path);
}
