/**
 * Coded errors, in the manner of bolt-js: every error the program raises on purpose carries a
 * stable code so callers can branch on it, and a one-line message meant for a person.
 */
export const ErrorCode = {
  /** A corpus file is malformed: YAML syntax, schema, or a duplicate reference. */
  CorpusInvalid: 'kyoyaku_corpus_invalid',
  /** The corpus folder or a file in it cannot be read. */
  CorpusUnreadable: 'kyoyaku_corpus_unreadable',
  /** A required setting (environment variable) is missing or ill-formed. */
  ConfigInvalid: 'kyoyaku_config_invalid',
  /** The glossary file is malformed. */
  GlossaryInvalid: 'kyoyaku_glossary_invalid',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error meant for a person: `message` is one line, without a stack trace worth showing. */
export class CodedError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CodedError';
    this.code = code;
  }
}

/** True for errors raised on purpose, whose message alone is what a person should see. */
export function isCodedError(error: unknown): error is CodedError {
  return error instanceof CodedError;
}
