/**
 * The region data (corpus/region.yml) and what the engine does with it: one-line errors for a bad
 * file, members read in questions (a table, each case saying why), the agreement and parties they
 * resolve to, and answers that name the member beside a quote that stays verbatim.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QuestionAnswerer } from '../src/core/answer/types.ts';
import { DEFAULT_CORPUS_DIR, createQuestionAnswerer } from '../src/core/create-question-answerer.ts';
import { loadCorpus, type Corpus } from '../src/core/corpus/load-corpus.ts';
import { parseRegion } from '../src/core/region/load-region.ts';
import { createNeighbourFinder } from '../src/core/region/describe-members.ts';
import { createMemberResolver } from '../src/core/region/resolve-members.ts';
import { putAgreementFirst } from '../src/core/answer/results.ts';
import { toJsonLine } from '../src/cli/format-answer.ts';
import { normalizeText } from '../src/core/text/normalize.ts';

const FILE = 'corpus/region.yml';
const source = readFileSync(join(DEFAULT_CORPUS_DIR, 'region.yml'), 'utf8');
let corpus: Corpus;
let engine: QuestionAnswerer;
beforeAll(async () => {
  corpus = await loadCorpus(DEFAULT_CORPUS_DIR);
  engine = await createQuestionAnswerer();
}, 30_000);

describe('region file', () => {
  it('holds the seven members and the eleven pairings of the 圏域', () => {
    const region = parseRegion(FILE, source, corpus.agreements);
    expect(region.members.map((m) => m.name)).toEqual(['山口市', '宇部市', '萩市', '防府市', '美祢市', '山陽小野田市', '津和野町']);
    expect(region.members.filter((m) => m.role === '連携中枢都市').map((m) => m.name)).toEqual(['山口市', '宇部市']);
    expect(region.members.find((m) => m.name === '津和野町')?.prefecture).toBe('島根県');
    expect(region.pairings).toHaveLength(11);
  });

  const broken: { edit: (s: string) => string; message: RegExp; why: string }[] = [
    { edit: (s) => s.replace('agreement: 連携協約2,', 'agreement: 連携協約9,'), message: /^corpus\/region\.yml: pairings\[10\]\.agreement: unknown agreement "連携協約9" \(agreements: 連携協約1, 連携協約2\) \(line \d+\)$/u, why: 'a pairing names an agreement that does not exist' },
    { edit: (s) => s.replace('{ 山口市: 甲, 萩市: 乙 }', '{ 山口市: 甲, 萩町: 乙 }'), message: /^corpus\/region\.yml: pairings\[0\]\.members\.萩町: unknown member "萩町"/u, why: 'a misspelt member in a pairing' },
    { edit: (s) => s.replace('{ 山口市: 甲, 萩市: 乙 }', '{ 山口市: 甲, 萩市: 丙 }'), message: /^corpus\/region\.yml: pairings\[0\]\.members\.萩市: unknown party "丙" of 連携協約1 \(parties: 甲, 乙\)/u, why: 'a party symbol the agreement does not have' },
    { edit: (s) => s.replace('aliases: [防府,', 'aliases: [萩,'), message: /^corpus\/region\.yml: members\[3\]\.aliases: "萩" also names 萩市 \(line \d+\)$/u, why: 'two members spelled alike would make questions ambiguous' },
    { edit: (s) => s.replace('role: 連携市町\n    prefecture: 山口県\n    aliases: [萩', 'role: 連携都市\n    prefecture: 山口県\n    aliases: [萩'), message: /^corpus\/region\.yml: members\[2\]\.role: .*連携中枢都市.*\(line \d+\)$/u, why: 'an unknown role' },
    { edit: (s) => s.replace('readAs: { 山口市: 宇部市 }, basis: 注記2 }', 'readAs: { 防府市: 宇部市 }, basis: 注記2 }'), message: /pairings\[5\]\.readAs\.防府市: "防府市" is no party name printed in 連携協約1/u, why: 'a reading of a name the agreement does not print' },
    { edit: (s) => s.replace('{ name: 下関市, aliases:', '{ name: 下関市, alias:'), message: /^corpus\/region\.yml: neighbours\[0\]/u, why: 'a neighbour with a misspelt key' },
    { edit: (s) => s.replace('nickname: 山口ゆめ回廊\n', 'nickname: 山口ゆめ回廊\nnicknam: x\n'), message: /^corpus\/region\.yml: \(top level\): unknown key "nicknam" \(line \d+\)$/u, why: 'a misspelt key is named as such' },
  ];
  it.each(broken)('stops with one line: $why', ({ edit, message }) => {
    const edited = edit(source);
    expect(edited).not.toBe(source);
    expect(() => parseRegion(FILE, edited, corpus.agreements)).toThrow(message);
  });
});

describe('neighbours in questions', () => {
  it.each<[question: string, name: string | undefined, why: string]>([
    ['下関も入ってる？', '下関市', 'a short name'],
    ['is shimonoseki a member?', '下関市', 'a latin alias, as a whole word'],
    ['いわくにしは はいってる？', '岩国市', 'a kana alias'],
    ['suo-oshima no kankou', '周防大島町', 'a hyphenated latin alias (no escape that the u flag rejects)'],
    ['hikari city', '光市', 'a latin alias of two words'],
    ['hikarifiber no seibi', undefined, 'a latin alias inside a longer word is not it'],
    ['観光は誰が担当？', undefined, 'no neighbour'],
  ])('%s → %s (%s)', (question, name) => {
    const find = createNeighbourFinder(parseRegion(FILE, source, corpus.agreements));
    expect(find(normalizeText(question))).toBe(name);
  });

  it.each(['下関も入ってる？', 'Is Shimonoseki a member?', '岩国市は参加してる？'])('says %s is about no member, naming it', (question) => {
    const result = engine.ask(question);
    expect(result.kind).toBe('membership');
    expect(result.abstained).toBe(true);
    expect(result.summary).toMatch(/(?:下関市|岩国市)は山口県央連携都市圏域の構成市町ではありません/u);
  });
});

describe('members in questions', () => {
  const cases: { q: string; agreement: string | undefined; names?: Record<string, string>; readAs?: string; alsoWith?: string[]; why: string }[] = [
    { q: '萩市の災害対策', agreement: '連携協約1', names: { 甲: '山口市', 乙: '萩市' }, alsoWith: ['宇部市'], why: 'a 連携市町 alone: 連携協約1 with 山口市, and the same with 宇部市' },
    { q: '宇部市と萩市の協約の費用', agreement: '連携協約1', names: { 甲: '宇部市', 乙: '萩市' }, readAs: '宇部市', why: '宇部市 × 連携市町: 連携協約1 with 山口市 read as 宇部市 (注記2)' },
    { q: '山口市と宇部市の連絡会議', agreement: '連携協約2', names: { 両市: '山口市と宇部市' }, why: 'the two hubs: 連携協約2' },
    { q: '宇部市の観光', agreement: '連携協約2', why: 'a hub alone is read as printed: 連携協約2 names 宇部市' },
    { q: '宇部市と連携市町の協約の案文', agreement: '連携協約1', names: { 甲: '宇部市', 乙: '連携市町' }, readAs: '宇部市', why: 'a hub with the 連携市町’s role: the 宇部市 version of 連携協約1' },
    { q: '宇部市が甲になる協約で移住促進', agreement: '連携協約1', names: { 甲: '宇部市', 乙: '連携市町' }, readAs: '宇部市', why: '宇部市 is 甲 only in the version read by 注記2' },
    { q: '山口市が甲の協約', agreement: undefined, why: '山口市 is printed as 甲: no reading, and both drafts name it' },
    { q: '宇部市が中心市になる側の協約文', agreement: '連携協約1', names: { 甲: '宇部市', 乙: '連携市町' }, readAs: '宇部市', why: '中心市になる says 甲になる in words' },
    { q: '美祢市は中心市なの？それとも連携市町の側？', agreement: '連携協約1', names: { 甲: '山口市', 乙: '美祢市' }, why: 'a 連携市町 with the role word is read as printed, not as the 宇部市 version' },
    { q: '山口市の役割', agreement: undefined, why: '山口市 is a party of both drafts: no restriction' },
    { q: '津和野の観光', agreement: '連携協約1', names: { 甲: '山口市', 乙: '津和野町' }, alsoWith: ['宇部市'], why: 'a bare name standing alone' },
    { q: 'hofuとの協約', agreement: '連携協約1', names: { 甲: '山口市', 乙: '防府市' }, alsoWith: ['宇部市'], why: 'latin spelling' },
    { q: '山口県央連携都市圏域の目的', agreement: undefined, why: 'the region name holds 山口 but names no member' },
    { q: '萩焼の販路', agreement: undefined, why: 'a bare name inside a longer word (萩焼) is no member' },
    { q: '防府駅前のバス', agreement: '連携協約1', names: { 甲: '山口市', 乙: '防府市' }, alsoWith: ['宇部市'], why: 'a bare name before 駅 is a place in the member' },
    { q: '津和野と萩を回るコース、山口市との協約で', agreement: '連携協約1', names: { 甲: '山口市', 乙: '津和野町と萩市' }, why: 'two 連携市町 with one hub: each holds 連携協約1 with it' },
    { q: '萩市と防府市と宇部市で観光', agreement: '連携協約1', names: { 甲: '宇部市', 乙: '萩市と防府市' }, readAs: '宇部市', why: 'the same with 宇部市, read by 注記2' },
    { q: '萩市と防府市と宇部市と山口市で観光', agreement: undefined, why: 'both hubs: 連携協約2 (山口市 × 宇部市) is in play too' },
    { q: '山口市、宇部市、防府市の3市で連携する取組は？', agreement: undefined, why: 'both hubs and a 連携市町: every agreement is in play' },
    { q: '連携協約2の前文', agreement: '連携協約2', why: 'an agreement named by its id restricts the answer' },
    { q: '中枢都市同士の協約の費用負担', agreement: '連携協約2', why: 'the hubs named as a pair by their standing: the agreement between them' },
    { q: '二つの中枢市の間の協約では当事者を何と呼ぶ？', agreement: '連携協約2', why: 'the same, said another way' },
    { q: '中枢都市と連携市町の協約の費用負担', agreement: undefined, why: 'a hub with the 連携市町 is no pair of hubs' },
  ];
  it.each(cases)('$q → $agreement ($why)', ({ q, agreement, names, readAs, alsoWith }) => {
    const resolver = createMemberResolver(corpus.region, corpus.agreements.map((a) => a.id));
    const resolution = resolver.resolve(normalizeText(q));
    expect(resolution.agreements === undefined ? undefined : [...resolution.agreements].join()).toBe(agreement);
    if (names) expect(resolution.reading?.names).toEqual(names);
    expect(resolution.reading?.readAs?.as).toBe(readAs);
    if (alsoWith) expect(resolution.reading?.alsoWith).toEqual(alsoWith);
  });

  it('says that two 連携市町 have no agreement with each other', () => {
    const resolver = createMemberResolver(corpus.region, corpus.agreements.map((a) => a.id));
    expect(resolver.resolve(normalizeText('萩市と防府市の協約')).notes.join()).toContain('萩市と防府市の間に連携協約はありません');
  });
});

describe('answers naming members', () => {
  it('names the member and its party in the direct answer, from the agreement that governs it', () => {
    const result = engine.ask('津和野町の観光の役割は？');
    expect(result.abstained).toBe(false);
    expect(result.answers.every((a) => a.agreement === '連携協約1')).toBe(true);
    expect(result.answers[0]?.ref).toBe('別表1エ');
    expect(result.summary).toContain('津和野町（乙）は「甲と連携・協力して実施する事業について、甲と取組を推進する。」');
  });

  it('answers 防府市 from 連携協約1, not from 山口市 × 宇部市 (連携協約2)', () => {
    const result = engine.ask('防府市の場合、連絡会議は？');
    expect(result.answers.map((a) => `${a.agreement}:${a.ref}`)).toEqual(['連携協約1:第5条']);
    expect(result.summary).toContain('乙 防府市');
  });

  it('says beside the quote that 宇部市 reads 山口市, and leaves the quote verbatim', () => {
    const result = engine.ask('宇部市と萩市の協約の前文を見せて');
    const [answer] = result.answers;
    expect(answer?.agreement).toBe('連携協約1');
    expect(answer?.quote).toBe(corpus.agreements[0]?.preamble);
    expect(answer?.quote).toContain('山口市（以下「甲」という。）');
    expect(result.summary).toContain('「山口市」を「宇部市」と読み替えたものです（注記2）');
    expect(toJsonLine('q', result).parties).toEqual({ agreement: '連携協約1', names: { 甲: '宇部市', 乙: '萩市' }, readAs: { 山口市: '宇部市' } });
  });

  it('orders each passage’s drafts with the one named first leading, losing and adding none', () => {
    const [shown] = engine.ask('第1条').answers;
    if (!shown) throw new Error('第1条 has no answer');
    const answer = (ref: string, agreement: string) => ({ ...shown, ref, agreement });
    const answers = [answer('第1条', '連携協約1'), answer('第1条', '連携協約2'), answer('第2条', '連携協約1'), answer('第2条', '連携協約2')];
    expect(putAgreementFirst(answers, '連携協約2').map((a) => `${a.ref}@${a.agreement}`)).toEqual(['第1条@連携協約2', '第1条@連携協約1', '第2条@連携協約2', '第2条@連携協約1']);
    expect(putAgreementFirst(answers, undefined)).toEqual(answers);
  });

  it('restricts 連携協約２の前文 to that draft', () => {
    expect(engine.ask('連携協約２の前文').answers.map((a) => a.agreement)).toEqual(['連携協約2']);
  });

  it.each([
    // Asked of 協約2, with 協約1 to compare: 協約2's passage leads.
    ['協約2の目的は協約1と同じ？', ['連携協約2', '連携協約1']],
    // The other way round.
    ['協約1の目的は協約2と同じ？', ['連携協約1', '連携協約2']],
  ])('puts first the agreement named first: %s', (question, order) => {
    const answers = engine.ask(question).answers.filter((a) => a.ref === '第1条');
    expect(answers.map((a) => a.agreement)).toEqual(order);
  });

  it('quotes a ref named once per draft for each draft (協約2の第4条と協約1の第4条)', () => {
    const answers = engine.ask('連携協約2の第4条と連携協約1の第4条').answers.map((a) => `${a.agreement}:${a.ref}`);
    expect(answers).toEqual(['連携協約2:第4条', '連携協約1:第4条']);
  });
});
