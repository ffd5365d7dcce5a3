/**
 * The checker a blind question writer runs on one file (scripts/check-question-file.ts): the refs it
 * knows are the corpus's, and it names each kind of problem once per case.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR } from '../src/core/create-question-answerer.ts';
import { loadCorpus } from '../src/core/corpus/load-corpus.ts';
import { buildPassages } from '../src/core/search/passages.ts';
import { KNOWN_REFS, checkQuestionCases } from '../src/glossary-tool/question-set.ts';

describe('checkQuestionCases', () => {
  it('knows every ref of the corpus, and no other', async () => {
    // The list is written out for writers who may not read the corpus: it must not drift from it.
    const corpus = await loadCorpus(DEFAULT_CORPUS_DIR);
    expect([...KNOWN_REFS].sort()).toEqual([...new Set(buildPassages(corpus).map((p) => p.ref))].sort());
  });

  it('names an unknown ref, a question asked twice, and a category its refs contradict', () => {
    const report = checkQuestionCases([
      { q: '連絡会議は誰が開く？', category: 'core', expect: ['第5条'], why: '甲及び乙の長' },
      { q: '連絡会議は誰が開く？', category: 'core', expect: ['第7条'], why: 'twice, and no such article' },
      { q: '会場は？', category: 'negative', expect: ['第5条'], why: 'a negative with a ref' },
      { q: '観光は？', category: 'project', expect: [], why: 'a project without one' },
    ]);
    expect(report.problems).toEqual([
      'case 1 (連絡会議は誰が開く？): unknown ref 第7条',
      'case 1 (連絡会議は誰が開く？): asked twice',
      'case 2 (会場は？): a negative expects no ref',
      'case 3 (観光は？): expects no ref but is not a negative',
    ]);
    expect(report.counts).toEqual({ core: 2, negative: 1, project: 1 });
  });

  it('reports a malformed case by its path, with no counts', () => {
    const report = checkQuestionCases([{ q: '目的は？', category: 'core', expect: ['第1条'] }]);
    expect(report.problems).toEqual(['case 0.why: Invalid input: expected string, received undefined']);
    expect(report.counts).toEqual({});
  });
});
