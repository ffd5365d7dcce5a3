/**
 * The message of the error a corpus parser throws for malformed input, checked to be what start-up
 * needs: a coded `kyoyaku_corpus_invalid` error on one line. Fails the test when nothing is thrown.
 */
import { expect } from 'vitest';
import { ErrorCode, isCodedError } from '../../src/core/errors.ts';

export function readCorpusError(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    if (!isCodedError(error)) throw error;
    expect(error.code).toBe(ErrorCode.CorpusInvalid);
    expect(error.message).not.toContain('\n');
    return error.message;
  }
  throw new Error('expected the input to be rejected');
}
