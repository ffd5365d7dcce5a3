/**
 * The naive peer the engine is measured against: stock kuromoji surface forms and MiniSearch
 * defaults over the same passages, answering whatever ranks first, abstaining only on no result.
 */
import MiniSearch from 'minisearch';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import type { Corpus } from '../../src/core/corpus/load-corpus.ts';
import { buildPassages } from '../../src/core/search/passages.ts';

export interface NaiveResult {
  readonly abstained: boolean;
  readonly answers: readonly { readonly agreement: string; readonly ref: string }[];
}

export interface NaivePeer {
  ask(question: string): NaiveResult;
}

export function createNaivePeer(corpus: Corpus, tokenizer: Tokenizer<IpadicFeatures>): NaivePeer {
  const passages = buildPassages(corpus);
  const tokenize = (text: string): string[] => tokenizer.tokenize(text).map((t) => t.surface_form).filter((s) => s.trim() !== '');
  const index = new MiniSearch({ fields: ['title', 'body', 'roles'], idField: 'id', tokenize });
  index.addAll(passages.map((p) => ({ id: p.id, title: p.title, body: p.quote, roles: p.partyRoles.map((r) => r.role).join('\n') })));
  const byId = new Map(passages.map((p) => [p.id, p]));
  return {
    ask(question) {
      const answers = index
        .search(question)
        .slice(0, 6)
        .map((r) => byId.get(String(r.id)))
        .filter((p) => p !== undefined)
        .map((p) => ({ agreement: p.agreement.id, ref: p.ref }));
      return { abstained: answers.length === 0, answers };
    },
  };
}
