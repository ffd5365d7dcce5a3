/**
 * The new kinds of reply, on the real corpus and engine: role tables, comparisons of the drafts,
 * definitions of party words, membership of the 圏域, and follow-ups read with an earlier topic.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AskResult, QuestionAnswerer } from '../src/core/answer/types.ts';
import { changedSpans } from '../src/core/answer/compare-drafts.ts';
import { createRulesEngine } from './support/rules-engine.ts';
import { locateFragments, readSeedText } from './support/seed-text.ts';

let engine: QuestionAnswerer;
beforeAll(async () => {
  // The reading rules alone (see support/rules-engine.ts).
  engine = await createRulesEngine();
}, 30_000);

describe('role tables', () => {
  it.each([
    { q: '乙の役割を一覧にして', agreement: '連携協約1', symbols: ['乙'], why: 'a party symbol' },
    { q: '宇部市の役割一覧', agreement: '連携協約2', symbols: ['両市'], why: '宇部市 alone holds 連携協約2 as one of 両市' },
    { q: "list Ube's roles", agreement: '連携協約2', symbols: ['両市'], why: 'English, Ube as the member alias' },
    { q: '萩市の役割を全部教えて', agreement: '連携協約1', symbols: ['乙'], why: 'a 連携市町 is 乙 of 連携協約1' },
  ])('$q → every row of $agreement for $symbols ($why)', ({ q, agreement, symbols }) => {
    const result = engine.ask(q);
    expect(result.kind).toBe('role-table');
    const [table] = result.roleTables ?? [];
    expect(table?.agreement).toBe(agreement);
    expect(table?.parties.map((p) => p.symbol)).toEqual(symbols);
    // All 19 rows, in annex order, grouped by section heading; the usual answer limit does not cut them.
    const refs = table?.sections.flatMap((s) => s.rows.map((r) => r.ref)) ?? [];
    expect(refs).toHaveLength(19);
    expect(refs[0]).toBe('別表1ア');
    expect(refs.at(-1)).toBe('別表3(3)ア');
    expect(table?.sections.length).toBeGreaterThanOrEqual(5);
    expect(result.answers.filter((a) => a.agreement === agreement)).toHaveLength(19);
  });

  it('says a role that reads the same in every row once, naming the member asked about', () => {
    const result = engine.ask('萩市の役割を全部教えて');
    expect(result.roleTables?.[0]?.parties[0]).toMatchObject({ name: '萩市', sameRole: '甲と連携・協力して実施する事業について、甲と取組を推進する。' });
    expect(result.summary).toContain('萩市（乙）の役割は19行すべて同じ文言です：「甲と連携・協力して実施する事業について、甲と取組を推進する。」');
  });

  it.each([
    { q: '別表の取組ごとの担当課一覧ってある？', why: 'departments, which the text never names' },
    { q: '協約に基づく事業ごとの担当部署一覧', why: 'the same, as a fragment' },
  ])('is no role table for a list of departments: $q ($why)', ({ q }) => {
    expect(engine.ask(q).kind).not.toBe('role-table');
  });

  it('gives every party of both drafts when no party is named', () => {
    const tables = engine.ask('役割を全部見せて').roleTables ?? [];
    expect(tables.map((t) => [t.agreement, t.parties.map((p) => p.symbol)])).toEqual([
      ['連携協約1', ['甲', '乙']],
      ['連携協約2', ['両市']],
    ]);
  });
});

describe('comparisons of one matter', () => {
  it.each([
    { q: '協約1と協約2で、変更の手続きに違いってある？', ref: '第6条', why: 'one article’s matter: that article of both drafts' },
    { q: '費用のことで協約1と協約2に違いはある？', ref: '第4条', why: 'the cost shares, 第4条' },
  ])('$q → $ref of both drafts, not the whole comparison ($why)', ({ q, ref }) => {
    const result = engine.ask(q);
    expect(result.kind).toBeUndefined();
    expect(result.answers.filter((a) => a.ref === ref).map((a) => a.agreement)).toEqual(['連携協約1', '連携協約2']);
  });

  it('still compares the drafts when the roles are asked, which differ all through the annex', () => {
    expect(engine.ask('協約1と協約2を比較してほしい。別表の役割の書き方も違いますか？').kind).toBe('comparison');
  });

  it('leads the comparison with the differing passages that hold what is compared (役割 → 第3条), the rest in order', () => {
    const result = engine.ask('協約1と協約2で、別表の役割の欄の書き方は違う？');
    expect(result.kind).toBe('comparison');
    expect(result.answers[0]?.ref).toBe('第3条');
    // Without a topic of its own the differing passages keep the documents' order.
    expect(engine.ask('協約1と協約2の違いは？').answers[0]?.ref).toBe('前文');
  });
});

describe('the 宇部市 version', () => {
  it('leads with 注記2 when asked about 宇部市 as 甲, the note that makes it so', () => {
    const result = engine.ask('宇部市が甲になる協約ってあるんですか');
    expect(result.kind).toBe('definition');
    expect(result.answers[0]?.ref).toBe('注記2');
  });
});

describe('comparisons of the drafts', () => {
  let result: AskResult;
  beforeAll(() => {
    result = engine.ask('連携協約1と2で違うところは？');
  });

  it('lists which passages differ and which are the same, with the counts in the summary', () => {
    expect(result.kind).toBe('comparison');
    const comparison = result.comparison;
    expect(comparison?.agreements).toEqual(['連携協約1', '連携協約2']);
    expect(comparison?.differences.map((d) => d.ref)).toEqual(expect.arrayContaining(['前文', '第3条', '末文', '別表1ア']));
    expect(comparison?.same).toContain('注記1');
    expect(result.summary).toMatch(new RegExp(`${comparison?.differences.length ?? -1}箇所で文言が異なり、${comparison?.same.length ?? -1}箇所は同じです`, 'u'));
  });

  it('shows 並びに / 及び in 第3条 as a changed span of each draft', () => {
    const article = result.comparison?.differences.find((d) => d.ref === '第3条');
    const changed = article?.drafts.map((d) => d.changed.map((s) => d.text.slice(s.start, s.end)).join('|'));
    expect(changed?.[0]).toContain('並びに');
    expect(changed?.[1]).toContain('及び');
  });

  it('puts both drafts of each differing passage side by side in answers', () => {
    const [first, second] = result.answers;
    expect([first?.agreement, first?.ref, second?.agreement, second?.ref]).toEqual(['連携協約1', '前文', '連携協約2', '前文']);
  });

  it('compares the seed’s own texts, with the extraction whitespace removed', () => {
    // Each draft's text is its passage's quote and roles (under their printed column heading): every
    // piece is in the seed once whitespace is removed.
    const seed = readSeedText();
    for (const difference of result.comparison?.differences ?? []) {
      for (const draft of difference.drafts) {
        expect(draft.text).not.toMatch(/\s/u);
        for (const piece of draft.text.split(/\n|[^\n：]*の役割：/u).filter((p) => p !== '')) {
          expect(locateFragments(seed, piece), `${draft.agreement} ${difference.ref}: ${piece}`).toBeDefined();
        }
      }
    }
  });

  it('finds changed spans character by character', () => {
    expect(changedSpans('甲及び乙は', '両市は')).toEqual({ removed: [{ start: 0, end: 4 }], added: [{ start: 0, end: 2 }] });
    expect(changedSpans('同じ', '同じ')).toEqual({ removed: [], added: [] });
  });

  it('is not triggered by a difference between two topics', () => {
    expect(engine.ask('観光と防災の違いは？').kind).not.toBe('comparison');
    // 協約 names the document, but 変更 and 廃止 are what is compared: 第6条 answers.
    const result = engine.ask('協約の変更等の条文、変更と廃止で手続きは違うの？');
    expect(result.kind).not.toBe('comparison');
    expect(result.answers[0]?.ref).toBe('第6条');
  });

  it('compares the drafts named as two versions, though a member example makes a pair read via 注記2', () => {
    // 宇部市と結ぶ版 and 萩市みたいな連携市町と結ぶ版: two versions named, 萩市 only an example.
    expect(engine.ask('宇部市と結ぶ版と、萩市みたいな連携市町と結ぶ版、比べると何が変わる？').kind).toBe('comparison');
  });

  it.each([
    ['美祢市と宇部市の協約って山口市とのと何が違うの？'],
    ['宇部市と山陽小野田市の協約って、山口市との協約とどう違うの？'],
  ])('reads %s as the 宇部市 version beside 山口市’s (注記2), no comparison of the printed drafts', (question) => {
    const result = engine.ask(question);
    expect(result.kind).toBeUndefined();
    expect(result.answers[0]?.ref).toBe('注記2');
  });

  it('answers which agreement a member is party to with the 前文, saying beside it that 宇部市 signs the same', () => {
    const result = engine.ask('山陽小野田市はどの協約の対象になる？');
    expect(result.answers[0]?.ref).toBe('前文');
    expect(result.summary).toContain('宇部市と読み替えたもの');
  });

  it('reads 甲乙で役割違う？ as the parties compared in one row, not the drafts', () => {
    const result = engine.ask('観光施策の展開って甲乙で役割違う？');
    expect(result.kind).toBeUndefined();
    expect(result.answers[0]?.ref).toBe('別表1エ');
    expect(engine.ask('甲乙版と両市版で何が変わってる？').kind).toBe('comparison');
  });

  it('reads which members do something as a role, not the membership', () => {
    expect(engine.ask('Which members are in charge of tourism?').answers[0]?.ref).toBe('別表1エ');
    expect(engine.ask('What does Hagi do under the agreement?').answers[0]?.ref).toBe('第3条');
  });

  it('still compares 山口市 × 宇部市 with 山口市 × a 連携市町, the two printed drafts', () => {
    expect(engine.ask('山口市と宇部市の協約と、山口市と萩市の協約は違う？').kind).toBe('comparison');
  });

  it('compares the drafts when a topic is asked of both by name', () => {
    // One article's matter (協約1と協約2で費用分担の書き方は違う？) gets that article of both drafts instead.
    expect(engine.ask('協約1と協約2で別表の書き方は違う？').kind).toBe('comparison');
    expect(engine.ask('協約案が2種類あるみたいだけど、相違点は？').kind).toBe('comparison');
  });
});

describe('definitions and membership', () => {
  it.each([
    { q: '甲乙の定義どこ', summary: '連携協約1では、甲は山口市です（前文）。', why: '定義どこ asks where the symbols are defined' },
    { q: '乙とは？', summary: '連携協約1では、乙は連携市町（萩市・防府市・美祢市・山陽小野田市・津和野町のいずれか）です（前文）。', why: 'the issue’s own example' },
    { q: '甲とはどこのこと？', summary: '連携協約1では、甲は山口市です（前文）。', why: '甲 is defined in the 前文' },
    { q: '両市って誰のこと？', summary: '連携協約2では、両市は山口市及び宇部市です（前文）。', why: '両市 as printed' },
    { q: '萩市との協約で、萩市は甲乙どっち？', summary: '連携協約1（甲 山口市・乙 萩市）では、萩市は乙です（前文）。', why: 'a named member’s symbol' },
    { q: '「両市」って具体的にどこ？', summary: '連携協約2では、両市は山口市及び宇部市です（前文）。', why: 'a word between って and どこ' },
    { q: '津和野町との協約で乙になるのは？', summary: '連携協約1（甲 山口市・乙 津和野町）では、津和野町は乙です（前文）。', why: 'which party becomes 乙' },
    { q: '防府市との協約では甲と乙はそれぞれどこ？', summary: '連携協約1（甲 山口市・乙 防府市）では、防府市は乙です（前文）。', why: 'each party in turn' },
    { q: '山口市は甲？', summary: '連携協約1では、甲は山口市です（前文）。', why: 'a yes-no question on a party word: 山口市 is read as the party 甲 itself' },
    { q: '萩市はこの協約だと乙ってことでいいんですよね？', summary: '連携協約1（甲 山口市・乙 萩市）では、萩市は乙です（前文）。', why: 'a symbol checked with ってことでいい' },
    { q: 'うちは連携市町の側なので乙になると聞きました。乙がどう定義されているか、協約のどこを見ればいいですか', summary: '連携協約1では、乙は連携市町（萩市・防府市・美祢市・山陽小野田市・津和野町のいずれか）です（前文）。', why: 'どう定義されているか asks the definition' },
    { q: '山陽小野田市は協約上の乙ということで良い？', summary: '連携協約1（甲 山口市・乙 山陽小野田市）では、山陽小野田市は乙です（前文）。', why: 'ということで良い checks a symbol' },
    { q: '津和野町はこの協約では乙として入るってこと？', summary: '連携協約1（甲 山口市・乙 津和野町）では、津和野町は乙です（前文）。', why: 'として入る: the member’s standing' },
  ])('$q ($why)', ({ q, summary }) => {
    const result = engine.ask(q);
    expect(result.kind).toBe('definition');
    expect(result.summary.split('\n')[0]).toBe(summary);
    // The defining passage is quoted verbatim.
    expect(result.answers[0]?.ref).toBe('前文');
  });

  it('quotes the note first, then the 前文, when the member asked about is 甲 only by the reading (注記2)', () => {
    const result = engine.ask('宇部市と萩市の協約では、宇部市が甲ってことでいいですか');
    expect(result.kind).toBe('definition');
    expect(result.answers.map((a) => a.ref)).toEqual(['注記2', '前文']);
  });

  it('says beside 甲 that the 宇部市 version reads it as 宇部市 (注記2)', () => {
    const result = engine.ask('甲とは？');
    expect(result.summary).toContain('「山口市」を「宇部市」と読み替えます（注記2）');
    expect(result.answers.map((a) => a.ref)).toEqual(['前文', '注記2']);
  });

  it('lists the members by role, saying where the facts come from', () => {
    const result = engine.ask('圏域の構成市町は？');
    expect(result.kind).toBe('membership');
    expect(result.members?.map((m) => m.name)).toEqual(['山口市', '宇部市', '萩市', '防府市', '美祢市', '山陽小野田市', '津和野町']);
    expect(result.summary).toContain('連携中枢都市：山口市・宇部市');
    expect(result.summary).toContain('津和野町（島根県）');
    expect(result.summary).toContain('公開ページ');
  });

  it('says whether a named city belongs and which agreements it has', () => {
    const hagi = engine.ask('萩市は圏域に入ってる？');
    expect(hagi.summary).toMatch(/^はい、萩市は山口県央連携都市圏域の連携市町です。/u);
    expect(hagi.members?.[0]?.agreements.map((a) => `${a.partner}:${a.agreement}:${a.symbol}`)).toEqual(['山口市:連携協約1:乙', '宇部市:連携協約1:乙']);
    expect(hagi.abstained).toBe(false);
  });

  it('abstains on a city outside the 圏域, saying it is no member and who are', () => {
    // The agreements say nothing of 下関市 (only ○○市町): no passage answers, the region's list is the reason.
    const shimonoseki = engine.ask('下関市は圏域に入ってる？');
    expect(shimonoseki.abstained).toBe(true);
    expect(shimonoseki.kind).toBe('membership');
    expect(shimonoseki.answers).toEqual([]);
    expect(shimonoseki.summary).toMatch(/^下関市は山口県央連携都市圏域の構成市町ではありません。構成市町は .*の7市町です。/u);
    expect(shimonoseki.suggestions.length).toBeGreaterThan(0);
  });

  it('reads membership in the sentence that asks it, and names an outsider even when asked why', () => {
    // The second sentence is context: its 委員 of a 会議 is no body's membership asked.
    expect(engine.ask('萩市は圏域に入ってる？連絡会議の委員なので確認したい').summary).toMatch(/^はい、萩市は/u);
    // Why 長門市 is not in: the agreements are silent, and that it is no member is the reason.
    const nagato = engine.ask('長門市が圏域に入っていない理由は？');
    expect(nagato.abstained).toBe(true);
    expect(nagato.summary).toMatch(/^長門市は山口県央連携都市圏域の構成市町ではありません。/u);
    // A plan of joining: the same.
    expect(engine.ask('周南市がこの圏域に加わる予定はありますか')).toMatchObject({ abstained: true, kind: 'membership' });
  });

  it('reads thanks and greetings typed in kana as no question (ありがとう was ありが等, and 等 led to 第6条)', () => {
    for (const text of ['ありがとう', 'ありがとうございます', 'よろしくおねがいします', 'おつかれー']) expect(engine.ask(text).abstained).toBe(true);
    // Said as such, with what can be asked.
    expect(engine.ask('おつかれさまです').summary).toContain('連携協約について答えるボット');
    // Helpdesk questions are no agreement's matter (the vocabulary's outside list).
    for (const text of ['VPNがつながらない', 'Teamsの会議を設定したい']) expect(engine.ask(text).abstained, text).toBe(true);
  });

  it.each([
    // How one joins: no passage says, and the list of members does not either.
    ['新しい市町が圏域に加わるときの手続きは？'],
    // Why a town is in: a reason, not whether.
    ['津和野町って島根県なのになんで入ってるの？'],
    // A fact of the members.
    ['構成市町の中でいちばん面積が広いのはどこ？'],
    // How one joins, asked with どうしたら.
    ['圏域に入るにはどうしたらいい？'],
    // Visitors coming into the 圏域: no membership at all.
    ['圏域に入る観光客の数は？'],
    ['圏域に入ってくる移住者を増やす取組は？'],
    // A route coming in from outside: the bus is the topic (別表3(2)ア), the outsider a place on the way.
    ['下関市を経由して圏域に入るバス路線はどの取組？'],
    // The verb unsaid after an object: visitors or movers brought in, not a member's belonging.
    ['観光客を圏域に？'],
    ['もっと移住者を圏域に'],
  ])('does not answer %s with the list of members', (question) => {
    // Left to the passages (whether they abstain is the example bank's matter, not this engine's).
    expect(engine.ask(question).kind).not.toBe('membership');
  });

  it('answers 防府市は連携市町？ (the role asked bare) as membership', () => {
    const result = engine.ask('防府市は連携市町？');
    expect(result.kind).toBe('membership');
    expect(result.summary).toContain('はい、防府市は山口県央連携都市圏域の連携市町です');
  });

  it('answers since when a member belongs with what the sources say, as an abstention', () => {
    // No passage gives a date; the region's sources say when the 圏域 was formed, beside the agreements.
    const result = engine.ask('萩市はいつから圏域に入ってる？');
    expect(result).toMatchObject({ kind: 'membership', abstained: true, answers: [] });
    expect(result.summary).toContain('萩市は山口県央連携都市圏域の連携市町です');
    expect(result.summary).toContain('平成29年3月30日');
    // An outsider asked the same is no member at all.
    expect(engine.ask('下関市はいつから圏域に入った？').summary).toContain('下関市は山口県央連携都市圏域の構成市町ではありません');
  });

  it.each([['防府市はいつ圏域に入ったの？', '防府市は'], ['宇部市が圏域に加わったのは何年？', '宇部市は']])('says since when for %s (いつ before the verb, 何年 alone)', (question, lead) => {
    const result = engine.ask(question);
    expect(result).toMatchObject({ kind: 'membership', abstained: true });
    expect(result.summary).toContain(`${lead}山口県央連携都市圏域の`);
    expect(result.summary).toContain('平成29年3月30日');
  });

  it.each([
    // The verb unsaid: 圏域に at the end still asks belonging.
    ['萩市はいつから圏域に？', '萩市は'],
    // はいってる is 入っている, not 杯 + ってる; keniki is ken'iki (圏域) typed without its apostrophe.
    ['はぎしはいつからけんいきにはいってる？', '萩市は'],
    ['hagi shi wa itsu kara keniki ni haitteru?', '萩市は'],
  ])('says since when for %s (kana, romaji, no verb)', (question, lead) => {
    const result = engine.ask(question);
    expect(result).toMatchObject({ kind: 'membership', abstained: true });
    expect(result.summary).toContain(`${lead}山口県央連携都市圏域の`);
  });

  it('does not read a date of the members’ business as since when they belong', () => {
    // 構成市町の負担金: when payments start is a date no passage gives, not the 圏域's formation.
    expect(engine.ask('構成市町の負担金はいつから払う？').summary).not.toContain('平成29年3月30日');
  });

  it.each([
    ['萩市と防府市の間で直接結ぶ協約はある？'],
    ['萩市と防府市みたいに連携市町どうしでも協約を結ぶの？'],
    // What each holds and with whom: the list is the answer, not 注記2 or the 末文 of one of them.
    ['萩市と防府市、それぞれどの協約を結んでる？'],
    ['萩市と防府市はお互いに協約を結んでいますか'],
    ['萩市と防府市の協約相手は？'],
  ])('says two 連携市町 hold no agreement with each other, and lists what each holds: %s', (question) => {
    const result = engine.ask(question);
    expect(result).toMatchObject({ kind: 'membership', abstained: true, answers: [] });
    expect(result.summary).toMatch(/^萩市と防府市の間に連携協約はありません。/u);
    expect(result.summary).toContain('萩市：山口市との連携協約1（萩市は乙）');
  });

  it('still answers a topic asked of two 連携市町, with the note beside it', () => {
    // A row's topic (災害対策) or a route between them (結ぶバス) is asked of each one's own agreement.
    const roles = engine.ask('萩市と防府市の協約の災害対策の役割は？');
    expect(roles.answers[0]?.ref).toBe('別表3(1)エ');
    expect(roles.summary).toContain('萩市と防府市の間に連携協約はありません');
    expect(engine.ask('萩市と防府市を結ぶバスは？').answers[0]?.ref).toBe('別表3(2)ア');
  });

  it('names an outsider asked whether it can be let in (入れる)', () => {
    expect(engine.ask('下関市は圏域に入れる？').summary).toMatch(/^下関市は山口県央連携都市圏域の構成市町ではありません。/u);
  });

  it.each([['構成市町はなんでしょう'], ['圏域の構成市町ってなんでしたっけ'], ['圏域のメンバーはなんですか']])('still lists the members for %s (なんで of なんでしょう asks no why)', (question) => {
    const result = engine.ask(question);
    expect(result.kind).toBe('membership');
    expect(result.members).toHaveLength(7);
  });

  it('leaves a topic question with メンバー or 市町 to the passages', () => {
    expect(engine.ask('ビジョン懇談会ってどんなメンバーで何をするの？').kind).toBeUndefined();
    expect(engine.ask('圏域の市町同士のつながりを深める取組ってほかに何かある？').kind).toBeUndefined();
    // "member cities" names who takes part in a project, not who belongs.
    expect(engine.ask('Can member cities support each other after a disaster?').answers[0]?.ref).toBe('別表3(1)エ');
  });

  it.each([['Who are the members of the region?'], ['Is Hagi a member?'], ['Who are the members?'], ['Who are the member municipalities?'], ['Which are the member cities?']])('lists or checks the members for %s, in English', (question) => {
    expect(engine.ask(question).kind).toBe('membership');
  });
});

describe('the kind of reply, from wordings staff use', () => {
  it.each([
    { q: '周南市はこの圏域のメンバーですか', kind: 'membership', why: 'メンバーです, not only メンバーは' },
    { q: '連携市町は何市何町あるの？', kind: 'membership', why: '何市何町 counts the members' },
    { q: '連携市町って何個ある？', kind: 'membership', why: 'how many 連携市町: the members of one role, counted' },
    { q: '甲は具体的に誰？', kind: 'definition', why: '甲は…誰 asks what 甲 stands for' },
    { q: '甲は具体的にはだれ？', kind: 'definition', why: 'はだれ before ？, which kuromoji reads as one noun' },
    { q: '乙の名前は？', kind: 'definition', why: 'a party’s name is what the 前文 says it stands for' },
    { q: '甲の名称って？', kind: 'definition', why: '名称 as 名前' },
    { q: '乙の担当者の名前は？', kind: undefined, why: 'a person’s name, no party’s' },
    { q: 'Who are 甲 and 乙?', kind: 'definition', why: 'who are, as who is' },
    { q: 'What is the 圏域?', kind: 'definition', why: 'a term the text defines, asked in English' },
    { q: '山口県の萩市と防府市の協約は？', kind: 'membership', why: 'the prefecture before a member says where it is: still two 連携市町 with no agreement' },
    { q: '島根県の津和野町と萩市の協約は？', kind: 'membership', why: 'the same in 島根県' },
    { q: '甲てだれ？山口市でええの？', kind: 'definition', why: '甲て, the casual って' },
    { q: '甲＝？', kind: 'definition', why: 'an equals sign asks what 甲 stands for' },
    { q: '津和野町って甲になるん？乙になるん？', kind: 'definition', why: 'which symbol a member becomes, in dialect' },
    { q: '宇部市って連携中枢都市なん？連携市町なん？', kind: 'membership', why: 'a member’s role asked, in dialect' },
    { q: '美祢市と宇部市、どっちが連携中枢都市？', kind: 'membership', why: 'which of two is a hub' },
    { q: '下関は入っとらんのかね？', kind: 'membership', why: '入っとらん, dialect for 入っていない' },
    { q: 'Which cities are the hub cities (連携中枢都市) of the region?', kind: 'membership', why: 'hub cities, in English' },
    { q: '宇部 / 山口 の協約 → 宇部の役割 全項目', kind: 'role-table', why: '全項目: every row’s role' },
    { q: '甲は何をする？', kind: undefined, why: 'what 甲 does is its role, no definition' },
    { q: 'Could you give me a table of everything Mine City does under its agreement with Yamaguchi?', kind: 'role-table', why: 'everything a member does, in English' },
    { q: '岩国市もこの連携に参加していますか', kind: 'membership', why: 'joining この連携 is joining the 圏域' },
    { q: '島根の益田市も入ってるんでしたっけ', kind: 'membership', why: 'a town said to be in, without 圏域' },
    { q: '連携中枢都市になっているのはどこの市？', kind: 'membership', why: 'the members of one role' },
    { q: 'Which cities and towns make up the Yamaguchi Yume Kairo region?', kind: 'membership', why: 'English' },
    { q: '当事者の呼び方は、協約1と協約2でどう違ってる？', kind: 'comparison', why: '違って, not only 違い or 違う' },
    { q: '中枢都市どうしの協約と、中枢都市と連携市町の協約の差を表にして', kind: 'comparison', why: '差を' },
    { q: '協約1と協約2で食い違ってるところは？', kind: 'comparison', why: '食い違い said of the drafts, not of views or a mishap to come' },
    { q: '二つの協約の行き違いを確認したい', kind: 'comparison', why: '行き違い of the drafts' },
    { q: '協約1 vs 協約2', kind: 'comparison', why: 'vs sets the drafts side by side' },
    { q: '中枢都市どうしの協約と、中枢都市と連携市町の協約で、条文の書き方はどこが変わる？', kind: 'comparison', why: 'どこが変わる of two drafts named' },
    { q: '協約2で「両市」とあるのは山口市と宇部市のことで合ってますか', kind: 'definition', why: 'checking what a party word stands for' },
    { q: '甲の役割の一覧じゃなくて、地域医療・福祉で甲がやることだけでいいです', kind: undefined, why: 'the table is what the asker does not want' },
    { q: '山陽小野田市と山口市の協約で、乙の役割ってどこに書いてある？', kind: undefined, why: 'where a role is written, not what 乙 means' },
    { q: '協約文の「乙」には津和野町も含まれるという理解でいいですか', kind: 'definition', why: 'what 乙 stands for, not who is in the 圏域' },
    { q: '美祢市と結ぶ協約では宇部市が甲になるんですか', kind: 'definition', why: 'which party a member becomes; 結ぶ is no topic beside a party' },
    { q: '山陽小野田市が入るのは甲乙のうちどちらの欄？', kind: 'definition', why: '欄 is a word of the document, not a topic' },
    { q: '美祢市はこの協約でどう呼ばれてますか', kind: 'definition', why: 'what a member is called in the text is its party symbol' },
    { q: '委託契約は甲と乙どっちの名義で結ぶ？', kind: undefined, why: 'a name for a contract, not what 甲 and 乙 stand for' },
    { q: '乙は具体的にどの市町を指しますか', kind: 'definition', why: '具体的にどの市町 asks what 乙 stands for, no name of a body' },
    { q: '乙って具体的に誰のこと？', kind: 'definition', why: '具体的に誰 after a party asks what it stands for, no person’s name' },
    { q: '甲とは具体的に誰ですか', kind: 'definition', why: 'the same after とは' },
    { q: '乙って具体的に誰のこと？', kind: 'definition', why: '具体的に誰 of a party symbol asks what it stands for, no person' },
    { q: '甲と乙は具体的に誰？', kind: 'definition', why: '乙は具体的に誰 asks the symbols, as 乙はどこ？ does' },
    { q: '北九州の連携中枢都市圏の協約とはどこが違うの', kind: undefined, why: 'a comparison with another region’s agreement, which is not here' },
    { q: '福岡都市圏の連携中枢都市圏には何市町が入ってるの？', kind: undefined, why: 'another region’s membership, which is not here' },
    { q: '幹事会の構成メンバーは誰ですか', kind: undefined, why: 'people of a meeting, not the 圏域’s members' },
    { q: '協約に出てくる「甲」と「乙」って、結局どこの市のことなんですか？', kind: 'definition', why: 'どこの市のこと asks what the symbols stand for' },
    { q: '協約の中で「甲」と呼ばれているのはどこの市？', kind: 'definition', why: 'と呼ばれている asks what 甲 stands for' },
    { q: '山口市はこの協約だと甲なの？乙なの？', kind: 'definition', why: '甲なの？ asks a member’s symbol' },
    { q: '防府市って乙？', kind: 'definition', why: 'って乙？ asks a member’s symbol' },
    { q: '山口市は協約1でいうと甲ですか、乙ですか', kind: 'definition', why: '甲ですか、乙ですか asks which symbol' },
    { q: '協約の相手方を甲・乙と書いている箇所', kind: 'definition', why: 'where 甲 and 乙 are written as such is where they are defined' },
    { q: '高度医療の連携に参加できる？', kind: undefined, why: 'joining a project, not the 圏域' },
    { q: '圏域の懇談会のメンバーは？', kind: undefined, why: 'a committee’s members (別表1ア), not the 圏域’s' },
    { q: '宇部市案と山口市案で費用分担の理解が間違ってないか確認したい', kind: undefined, why: '間違って is no 違って' },
    { q: '甲はどういう立場で取組を進めるの', kind: undefined, why: 'a party’s part in the undertakings is a role, not what 甲 stands for' },
    { q: '津和野町はこの協約でいう乙にあたりますか？', kind: 'definition', why: '乙にあたる asks a member’s symbol' },
    { q: 'Is Mine City party 甲 or party 乙?', kind: 'definition', why: 'English, with party before each symbol' },
    { q: 'Show me the full role table for party 乙', kind: 'role-table', why: 'a full role table, in English' },
    { q: '萩市って別表だとどんな役割になってるの？全部まとめて知りたい', kind: 'role-table', why: 'the whole list asked after the question mark' },
    { q: '乙の役割って分野ごとに違うの？それとも全部同じ書き方？', kind: undefined, why: '全部同じ asks how they are written, not for the list' },
    { q: '乙の役割は別表でどう書かれてる？', kind: undefined, why: '別表で is where, not 表で (as a table)' },
    { q: 'Which municipalities are part of the Yamaguchi central urban region?', kind: 'membership', why: 'part of … region, with words between' },
    { q: '津和野町って島根県なのに入ってるの？', kind: 'membership', why: 'a member said to be in, with なのに between' },
    { q: '構成市町の職員合同研修', kind: undefined, why: 'the members’ staff, a project' },
    { q: '圏域の市町を巡る周遊観光ルートとパンフレットづくり', kind: undefined, why: 'a route round the members, a project' },
    { q: '長門市は県央連携都市圏域の構成市町でしょうか', kind: 'membership', why: 'でしょうか after 構成市町 still asks who belongs' },
    { q: '協約でいう「圏域」って何を指してる？', kind: 'definition', why: 'a word the text defines besides the parties' },
    { q: '圏域全体の経済成長とは？', kind: undefined, why: '圏域 only begins another matter' },
    { q: '宇部市と防府市の協約は山口市のと中身違うの？', kind: undefined, why: 'the 宇部市 version beside 山口市’s (のと): 注記2, not the printed drafts compared' },
    { q: '宇部市と美祢市の協約の中身って、山口市版と何か違う？', kind: undefined, why: 'the 宇部市 version beside 山口市版: 注記2' },
  ])('$q → $kind ($why)', ({ q, kind }) => {
    expect(engine.ask(q).kind).toBe(kind);
  });
});

describe('follow-ups', () => {
  it('reads 宇部市の場合は？ with the previous topic and says so', () => {
    const first = engine.ask('観光は誰が担当？');
    expect(first.topic?.label).toBe('観光');
    const next = engine.ask('宇部市の場合は？', { context: first.topic });
    expect(next.followUpOf).toEqual({ label: '観光' });
    expect(next.summary.split('\n')[0]).toBe('観光について、宇部市の場合：');
    expect(next.answers.map((a) => `${a.agreement}:${a.ref}`)).toEqual(['連携協約2:別表1エ']);
  });

  it('answers 第何条に書いてある？ with the article that governs the row', () => {
    const first = engine.ask('観光は誰が担当？');
    const next = engine.ask('第何条に書いてある？', { context: first.topic });
    expect(next.answers[0]?.ref).toBe('第3条');
    expect(next.summary).toContain('（別表1エ）は別表（第３条関係）の行で、第3条');
  });

  it('reads a question with a topic of its own as new, context or not', () => {
    const first = engine.ask('観光は誰が担当？');
    const next = engine.ask('防災はどう？', { context: first.topic });
    expect(next.followUpOf).toBeUndefined();
    expect(next.answers[0]?.ref).toBe('別表3(1)エ');
  });

  it('without context, a bare follow-up is no question of its own', () => {
    expect(engine.ask('宇部市の場合は？').answers[0]?.ref).not.toBe('別表1エ');
  });
});

describe('the annex as a whole', () => {
  it.each([
    // The annex as a whole, asked without a row: its title names the article (別表（第３条関係）).
    { q: '別表って何条に関係する表？', agreements: ['連携協約1', '連携協約2'] },
    { q: '別表は本文のどの条とつながってる？', agreements: ['連携協約1', '連携協約2'] },
    // Naming 宇部市 restricts the answer to the agreement of 山口市 × 宇部市.
    { q: '宇部市との協約の別表は何条？', agreements: ['連携協約2'] },
  ])('answers $q with the article the annex belongs to', ({ q, agreements }) => {
    const result = engine.ask(q);
    expect(result.answers.map((a) => `${a.agreement}:${a.ref}`)).toEqual(agreements.map((a) => `${a}:第3条`));
    expect(result.summary).toContain('別表の見出しは「別表（第３条関係）」で、第3条（連携する取組及び役割）がこの別表を定めています。');
  });
});

describe('a word the text defines besides the parties', () => {
  it('says what 圏域 stands for, quoting the phrase it abbreviates, per draft', () => {
    const result = engine.ask('「圏域」って何のこと？');
    expect(result.kind).toBe('definition');
    expect(result.answers.map((a) => `${a.agreement}:${a.ref}`)).toEqual(['連携協約1:前文', '連携協約2:前文']);
    expect(result.summary).toContain('連携協約1では、「圏域」は「連携中枢都市圏である山口県央連携都市圏域」のことです（前文）。');
  });
});

describe('a section of the annex by number', () => {
  it.each([
    // 別表2 names the section's rows, in the document's order, with the heading and titles beside them.
    { q: '別表2には何が並んでる？', refs: ['別表2ア', '別表2イ', '別表2ウ', '別表2エ'], note: '別表2（高次の都市機能の集積・強化）の取組は4件です：ア 高度な医療サービスの提供体制構築の支援、' },
    // Counted as staff count them; how many is what the list shows, not a figure the text lacks.
    { q: '別表の3番目の柱にはいくつ取組がある？', refs: ['別表3(1)ア', '別表3(1)イ'], note: '別表3（圏域全体の生活関連機能サービスの向上）の取組は10件です：3(1)ア 地域医療・福祉' },
    // A topic within the section picks its row.
    { q: '別表1の観光の取組は？', refs: ['別表1エ'], note: '別表1（圏域全体の経済成長のけん引）の取組は5件です' },
  ])('answers $q with the rows of the section', ({ q, refs, note }) => {
    const result = engine.ask(q);
    expect(result.abstained).toBe(false);
    expect([...new Set(result.answers.map((a) => a.ref))].slice(0, refs.length)).toEqual(refs);
    expect(result.summary).toContain(note);
  });

  it.each([
    // A topic that no row of the section holds is answered where it is.
    { q: '別表1に防災は入ってる？', first: '別表3(1)エ' },
    // A katakana word after the section's number is no row label (アクセス is not ア).
    { q: '別表2のアクセス改善', first: '別表2イ' },
  ])('answers $q from the row that holds its topic', ({ q, first }) => {
    expect(engine.ask(q).answers[0]?.ref).toBe(first);
  });

  it('reads a section with a topic held nowhere as if no section were named (別表1の予算は？)', () => {
    const refs = (q: string): string[] => engine.ask(q).answers.map((a) => `${a.agreement}:${a.ref}`);
    expect(refs('別表1の予算は？')).toEqual(refs('予算は？'));
    expect(refs('別表1の予算は？').some((r) => r.endsWith('別表1ア'))).toBe(false);
  });

  it('says which sections exist when one does not', () => {
    const result = engine.ask('別表の4番目の柱を見せて');
    expect(result.abstained).toBe(true);
    expect(result.summary).toContain('別表4はありません');
  });
});

describe('the agreement or its annex as a whole', () => {
  it.each([
    // What the agreement settles, asked without a topic: 第3条 (the undertakings and roles), then 第2条, 第1条.
    { q: 'この協約で何が決まるの？', first: '第3条' },
    // Each party's commitment to the other (お互いに, 相互): 第2条 says it, then 第3条 what they work on.
    { q: 'お互いに何を約束してるの？', first: '第2条' },
    { q: 'お互いに連携するって決めてる条文はどれ？', first: '第2条' },
    // Doing something together (一緒に) is what they work on: 第3条.
    { q: '具体的に何を一緒にやるかは、本文のどこで決めてるんですか？', first: '第3条' },
    { q: '協約の内容をざっくり教えて', first: '第3条' },
    { q: '協約の中身はどうなってる？', first: '第3条', why: 'どうなってる asks for the content itself' },
    // What the agreement is: the 前文 (a 連携協約 under 地方自治法 to form the 圏域), then its purpose.
    { q: 'この協約って何？', first: '前文' },
    { q: '協約の概要は？', first: '前文', why: '概要 asks for an outline, it is no topic' },
    // The annex as a whole: the article that brings it in, with the annex's title beside it.
    { q: '別表には何が載っているのか、ざっくり教えてもらえますか', first: '第3条' },
    { q: '別表の3番目が(1)(2)(3)に分かれてるのは何の区分？', first: '第3条' },
    { q: '連携する分野って大きくいくつの柱に分かれてるんでしたっけ', first: '第3条', why: 'a count of what the text has is no figure asked' },
    { q: '協約の柱はいくつ？', first: '第3条', why: 'the pillars are the annex’s sections, named without 別表' },
    { q: '柱は何本？', first: '第3条', why: 'the pillars alone' },
    { q: '別表の構成は？', first: '第3条', why: 'the annex’s make-up, not 構成 of 別表1ア’s 懇談会' },
  ])('$q → $first', ({ q, first }) => {
    expect(engine.ask(q).answers[0]?.ref).toBe(first);
  });

  it.each([
    // A topic of its own is answered by its passage, not by an outline.
    { q: '連絡会議って何？', first: '第5条' },
    { q: '費用分担の中身は？', first: '第4条' },
    // 構成 of the 懇談会 is 別表1ア's (経済団体等で構成する), not the annex's make-up.
    { q: '懇談会の構成は？', first: '別表1ア' },
    // A pillar with a topic of its own is that topic's row.
    { q: '協約の柱の一つが観光？', first: '別表1エ' },
    // Two versions compared: not an outline of one.
    { q: '萩市と宇部市の間の協約も、山口市とのと同じ中身になるの？', first: '注記2' },
  ])('leaves $q to its own answer', ({ q, first }) => {
    expect(engine.ask(q).answers[0]?.ref).toBe(first);
  });

  it.each([
    // A party's part as a whole: 第3条 puts each party's role in the annex.
    { q: '萩市は乙として何をする？', first: '第3条' },
    { q: '萩市と山口市の協約で、萩市（乙）側は具体的に何をするの？', first: '第3条' },
    // Asked with すればいい / やる, which the role intent does not read: the same part as a whole.
    { q: '萩市は何をすればいい？', first: '第3条' },
    { q: '防府市は何をやるの？', first: '第3条' },
  ])('answers $q with the article of the roles', ({ q, first }) => {
    expect(engine.ask(q).answers[0]?.ref).toBe(first);
  });

  it.each([
    // 内容 is what something else is said of (公開されてる？ 公表済み？): whether it is published, which no passage says.
    { q: '協約の内容は公開されてる？' },
    { q: '協約の中身は公表済み？' },
  ])('does not outline when the content is only what $q is said of', ({ q }) => {
    expect(engine.ask(q).abstained).toBe(true);
  });

  it('leaves a party’s head to the passages that name it', () => {
    // 山口市長 is the 長 of 第5条 and the 末文's signatory, not the party's part in the annex.
    expect(engine.ask('山口市と美祢市の協約で、山口市長がやることになってるのは何？').answers[0]?.ref).not.toBe('第3条');
  });

  it('does not outline an agreement of a municipality outside the 圏域', () => {
    // 周南市 is no member: its agreement with 山口市 is not one of these documents.
    const result = engine.ask('周南市と山口市の連携協約の中身');
    expect(result.abstained).toBe(true);
    expect(result.summary).toContain('圏域の構成市町ではない市町との協約');
  });

  it('answers a project that names a non-member only as where visitors come from', () => {
    // 福岡市・広島市 are where the visitors come from (国内外からの誘客), not parties of an agreement.
    expect(engine.ask('福岡市や広島市からの観光客を呼びたい').answers[0]?.ref).toBe('別表1エ');
  });
});

describe('an agreement read for other members than it prints', () => {
  it.each([
    // 宇部市 × a 連携市町 is 連携協約1 read with 宇部市 for 山口市: the note says so, the 前文 names the parties.
    { q: '山陽小野田市は宇部市とも協約を結ぶことになるの？', first: ['連携協約1:注記2', '連携協約1:前文'] },
    { q: '防府市って宇部市とも協約結ぶの？中身は？', first: ['連携協約1:注記2', '連携協約1:前文'] },
    // A topic of its own wins: the note is no answer to how costs are shared.
    { q: '宇部市と津和野町で協約を結ぶ場合、費用の分け方は？', first: ['連携協約1:第4条'] },
    // 協約書 and 文案 name the document asked for, no topic: the note says which text to use.
    { q: '山陽小野田市企画課です。宇部市と結ぶ協約書の文案はどれを使えばいいですか', first: ['連携協約1:注記2', '連携協約1:前文'] },
    // The 宇部市 version set beside the printed one (同じ? 違う? 別々に結ぶ?): the note says it reads the same.
    { q: '宇部市が甲になる協約は、山口市のと内容が違うんですか', first: ['連携協約1:注記2', '連携協約1:前文'] },
    { q: '連携市町は中枢都市二つとそれぞれ別々に協約を結ぶことになるの？', first: ['連携協約1:注記2', '連携協約1:前文'] },
    // 資料 and 文面 name the document: the pair's text is 連携協約1 read via the note.
    { q: '美祢市と宇部市の協約の文面って、この資料のどれ？', first: ['連携協約1:注記2', '連携協約1:前文'] },
    // The 宇部市 version named in other words (山口市とも宇部市とも, 山口市専用, 宇部市向け): the note again.
    { q: '連携市町は山口市とも宇部市とも協約を結ぶんですか？', first: ['連携協約1:注記2', '連携協約1:前文'] },
    { q: '協約1って山口市専用なの？', first: ['連携協約1:注記2', '連携協約1:前文'] },
    // 宇部市 alone with a version not printed (別に): the note announces it; 連携協約2 is printed.
    { q: '宇部市が結ぶ分の協約案って別にあるんですか？見当たらなくて', first: ['連携協約1:注記2', '連携協約1:前文'] },
    // 別途 asks after the version too, though the glossary reads it as 協議 (a topic of its own otherwise).
    { q: '宇部の協約は別途作る？', first: ['連携協約1:注記2', '連携協約1:前文'] },
  ])('$q → $first', ({ q, first }) => {
    const result = engine.ask(q);
    expect(result.answers.slice(0, first.length).map((a) => `${a.agreement}:${a.ref}`)).toEqual(first);
  });

  it('leaves a role question to the roles', () => {
    expect(engine.ask('宇部市と萩市の協約で宇部市の役割は？').answers[0]?.ref).not.toBe('注記2');
  });
});

describe('who the parties are', () => {
  it.each([
    // The 前文 names the parties (山口市（以下「甲」という。）及び…): the answer to 誰と誰.
    { q: '協約2って誰と誰の協約？', refs: ['連携協約2:前文'] },
    { q: 'この協約は誰と誰が結ぶもの？', refs: ['連携協約1:前文', '連携協約2:前文'] },
    { q: '萩市の協約は誰と誰？', refs: ['連携協約1:前文'] },
  ])('$q → $refs', ({ q, refs }) => {
    expect(engine.ask(q).answers.map((a) => `${a.agreement}:${a.ref}`)).toEqual(refs);
  });

  it('leaves a topic of its own to its passage', () => {
    expect(engine.ask('連絡会議は誰と誰が開く？').answers[0]?.ref).toBe('第5条');
  });
});

describe('the statute the agreement is made under', () => {
  it.each([
    // The 前文 cites 地方自治法第２５２条の２第１項 for making the agreement; 議会 here is who asks.
    { q: '議会事務局です。議員から「この協約は何という法律の何条に基づいて結ぶのか」と照会がありました。根拠の条文を教えてください。', first: '前文' },
    { q: '協約の根拠になってる法律って何法の何条？議会答弁用に正確に知りたい', first: '前文' },
    // 第6条 cites the same statute (第４項) for the 議決 on a change: asked so, it answers.
    { q: '協約の変更で議会の議決が必要になる法的根拠って何条でしたっけ？', first: '第6条' },
    // A topic of its own is answered by its passage.
    { q: '費用分担の法的根拠は？', first: '第4条' },
    // A paragraph cited (第1項 in the 前文, 第4項 in 第6条): the examples read no numbers, so the paragraph decides.
    { q: '地方自治法252条の2第1項って協約のどこで出てくる？', first: '前文' },
    { q: '252条の2第4項はどこに出てくる？', first: '第6条' },
  ])('$q → $first', ({ q, first }) => {
    expect(engine.ask(q).answers[0]?.ref).toBe(first);
  });
});

describe('a phrase quoted from the text', () => {
  it.each([
    // The phrase is in 第4条 only: it points there, whatever the rest of the question says.
    { q: '「協議して別に定める」って何についての話でしたっけ', first: '第4条' },
    { q: '「山口市を宇部市に置きかえた形」ってメモ書きはどういう意味？', first: '注記2' },
  ])('$q → $first', ({ q, first }) => {
    expect(engine.ask(q).answers[0]?.ref).toBe(first);
  });

  it('looks a quoted term up where the text defines it', () => {
    // 以下「圏域」という。: the 前文 defines 圏域, though the word is in many passages.
    expect(engine.ask('文中でよく「圏域」って略してるけど、正式には何のことを言ってるの？').answers.map((a) => a.ref)).toEqual(['前文', '前文']);
    expect(engine.ask('協約書に出てくる「両市」はどこの市を指していますか').answers[0]?.ref).toBe('前文');
  });

  it('leaves a formula every row repeats to the ordinary reading', () => {
    // 「甲と連携・協力して、取組を推進する。」 is in all 19 rows: no pointer to one passage.
    const result = engine.ask('「乙と連携・協力して、取組を推進する」ってどういう意味？');
    expect(result.answers.length === 0 || result.answers.length < 19).toBe(true);
    expect(result.answers.every((a) => a.ref.startsWith('別表'))).toBe(false);
  });
});
