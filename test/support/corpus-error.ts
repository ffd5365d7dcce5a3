/**
 * The message of the error a corpus parser throws for malformed input, checked to be what start-up
 * needs: a coded error (`kyoyaku_corpus_invalid` unless told) on one line. Fails the test when
 * nothing is thrown.
 */
import { expect } from 'vitest';
import { ErrorCode, isCodedError } from '../../src/core/errors.ts';

export function readCorpusError(parse: () => unknown, code: string = ErrorCode.CorpusInvalid): string {
  try {
    parse();
  } catch (error) {
    if (!isCodedError(error)) throw error;
    expect(error.code).toBe(code);
    expect(error.message).not.toContain('\n');
    return error.message;
  }
  throw new Error('expected the input to be rejected');
}
