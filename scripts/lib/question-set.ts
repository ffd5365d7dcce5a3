/**
 * The question set's loader lives in src/ (src/glossary-tool/question-set.ts) because
 * `npm run glossary -- try --diff` runs from the build; scripts and tests import it from here.
 */
export * from '../../src/glossary-tool/question-set.ts';
