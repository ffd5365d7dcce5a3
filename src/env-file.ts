/**
 * The `.env` file of the working directory, read for the entry point. A missing file is normal
 * (settings may come from the environment alone); one that exists and cannot be read (owned by
 * another user, a directory) is a misconfiguration, so it stops start-up instead of being ignored.
 */
import { readFileSync } from 'node:fs';
import { parse, populate } from 'dotenv';
import { CodedError, ErrorCode } from './core/errors.ts';

/**
 * Adds the file's variables to `env`; variables already set there win (as with dotenv).
 * @throws CodedError (ConfigInvalid) naming the file when it exists but cannot be read
 */
export function loadEnvFile(path: string, env: Record<string, string | undefined>, read: (path: string) => string = (file) => readFileSync(file, 'utf8')): void {
  let source: string;
  try {
    source = read(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ENOENT') return;
    throw new CodedError(ErrorCode.ConfigInvalid, `${path} exists but cannot be read (${code}); fix its permissions or remove it`, { cause: error });
  }
  populate(env as NodeJS.ProcessEnv, parse(source));
}
