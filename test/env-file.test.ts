/**
 * The .env file: missing is fine, unreadable stops start-up with one line naming it.
 */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodedError, ErrorCode } from '../src/core/errors.ts';
import { loadEnvFile } from '../src/env-file.ts';

describe('loadEnvFile', () => {
  it('adds the file’s variables without overriding the environment', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kyoyaku-env-'));
    await writeFile(join(dir, '.env'), 'LOG_LEVEL=debug\nSLACK_API_URL=http://127.0.0.1:9/api/\n');
    const env: Record<string, string | undefined> = { LOG_LEVEL: 'warn' };
    loadEnvFile(join(dir, '.env'), env);
    expect(env).toEqual({ LOG_LEVEL: 'warn', SLACK_API_URL: 'http://127.0.0.1:9/api/' });
  });

  it('ignores a missing file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kyoyaku-env-'));
    const env: Record<string, string | undefined> = {};
    loadEnvFile(join(dir, '.env'), env);
    expect(env).toEqual({});
  });

  it('stops with one line naming the file when it is a directory (EISDIR)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kyoyaku-env-'));
    await mkdir(join(dir, '.env'));
    expect(() => loadEnvFile(join(dir, '.env'), {})).toThrow(new CodedError(ErrorCode.ConfigInvalid, `${join(dir, '.env')} exists but cannot be read (EISDIR); fix its permissions or remove it`));
  });

  it('stops with one line naming the file when it belongs to someone else (EACCES)', () => {
    // The tests may run as root, who reads any file: the reader fails as the kernel would.
    const denied = (): string => {
      throw Object.assign(new Error("EACCES: permission denied, open '.env'"), { code: 'EACCES' });
    };
    expect(() => loadEnvFile('.env', {}, denied)).toThrow(/^\.env exists but cannot be read \(EACCES\); fix its permissions or remove it$/);
  });
});
