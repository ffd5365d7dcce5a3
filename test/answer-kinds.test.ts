/**
 * The three outcomes (answer, related answer, abstention), the vocabulary file's errors, questions
 * that ask for a figure or a date, and references to passages that do not exist.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QuestionAnswerer } from '../src/core/answer/types.ts';
import { DEFAULT_CORPUS_DIR, createQuestionAnswerer } from '../src/core/create-question-answerer.ts';
import { parseVocabulary } from '../src/core/search/vocabulary.ts';
import { CONCLUDING_TERM, CONTINGENCY_TERM, DATE_TERM, ELSEWHERE_TERM, FIGURE_TERM, MANNER_TERM, OUTSIDER_TERM, PERSON_TERM, PLACE_TERM, PROCEDURE_TERM, SOURCE_TERM, STATUS_TERM, TERMS_OF_USE_TERM, WHEN_TERM, factsAskedFor, factsStatedIn } from '../src/core/search/facts.ts';
import { toJsonLine, formatAnswerText } from '../src/cli/format-answer.ts';
import { normalizeText } from '../src/core/text/normalize.ts';

let engine: QuestionAnswerer;
beforeAll(async () => {
  engine = await createQuestionAnswerer();
}, 30_000);

describe('answer, related answer, abstention', () => {
  it('answers when a passage names the thing asked', () => {
    const result = engine.ask('災害対策は誰が担当？');
    expect(result.answers[0]).toMatchObject({ ref: '別表3(1)エ', confidence: 'answer' });
  });

  it('gives a related answer when only a policy area covers it, and says the word is not in the agreements', () => {
    const result = engine.ask('乗合タクシーの運行は誰が担当？');
    expect(result.abstained).toBe(false);
    expect(result.answers[0]).toMatchObject({ ref: '別表3(2)ア', confidence: 'related' });
    expect(result.summary).toMatch(/^協約に「乗合タクシー」という語はありませんが、近い取組は「地域公共交通」（別表3\(2\)ア）です。/u);
    expect(toJsonLine('q', result).answers[0]?.confidence).toBe('related');
    expect(formatAnswerText(result)).toContain('【関連】 連携協約1・連携協約2 別表3(2)ア 地域公共交通');
  });

  it.each([
    { q: '住民票の写しはどこでもらえる？', why: 'city-hall business the vocabulary lists as outside' },
    { q: '明日の天気は？', why: 'a word nothing knows, asked about' },
    { q: '圏域の人口は何人？', why: 'a figure, which no passage states (人口減少 is no answer)' },
    { q: '観光協会の会長って誰？', why: 'a person asked about, though 観光 is a row' },
    { q: 'れんらくかいぎの ぎちょうは だれ', why: 'a person asked in kana: 議長 is read though no passage holds it' },
    { q: 'あきやばんくは もう うごいてますか？', why: 'whether it runs yet, asked in kana (もう is no 網)' },
    { q: '子育て支援センターは日曜も開いてる？', why: 'when a service is open, which no row says' },
    { q: 'としょかんは しがいの ひとも かりられる？', why: 'who may use a service, asked in kana: 市外 is read' },
    { q: 'ぼうさいこうざは ゆうりょう？', why: 'the price to a user, asked in kana: 有料 is read' },
    { q: '名刺を作りたい', why: 'wanting to make something no row covers: the examples’ doubt stands' },
    { q: 'バスの時刻表を見たい', why: 'a timetable looked up, not made' },
    { q: 'Who are the members of the liaison meeting?', why: 'the people of a body, not the member municipalities' },
    { q: '市外の子どもも通える？', why: 'a term of use asked, closing the question' },
    { q: '体験イベントは保険が必要なの？', why: 'insurance asked of a project, not said of a noun' },
    { q: 'Has the agreement been signed yet?', why: 'how far things have got, in English' },
    { q: '住民票の発行は協約に入ってる？', why: 'city-hall business asked whether included: still outside' },
    { q: '災害対策基本法の何条にもとづく？', why: 'a 基本法 is another statute: its 本 is no 本法 (this statute)' },
    { q: '大学との共同研究の委託料は？', why: 'a fee paid to a firm or a partner, a figure no row states' },
    { q: '地域振興イベントの雨天時の対応は？', why: 'the weather on the day of one project: 災害時 is a row, rain is not' },
    { q: '路線バスのICカードは使える？', why: 'how a user pays, asked: a term of use' },
    { q: '移住相談会は東京のどこでやる？', why: 'the venue of a consultation day, 会 of any kind' },
    { q: 'ことしの防災訓練はどこの市で？', why: 'which town hosts, the verb left unsaid' },
    { q: 'きょうやくしょの げんぽんは どこに おいとるん？', why: 'where the originals are kept, in kana and dialect (おいとる): the 末文 says who keeps them, not where' },
    { q: 'Which hospital provides advanced medical care?', why: 'an institution by name, in English' },
    { q: '資料１の作成者は誰？', why: 'who wrote a paper is a person, no party' },
    { q: 'How many members sit on the vision council?', why: 'the members of a body, not of the 圏域' },
    { q: '連絡会議の開催は誰に通知する？', why: 'whom a notice goes to: 第5条 says who holds the meeting, not whom it tells' },
    { q: '協約書２通のうち、どっちが正本？', why: 'which copy is the original: the 末文 gives each party one, and ranks none' },
    { q: '記名押印は市長の自筆でないとだめ？', why: 'how the agreement is signed (by hand), never said' },
    { q: '協約は官報に載る？', why: 'how the agreement is published, never said' },
    { q: '高等教育の拠点は山口大学？', why: 'one institution named and checked, asked bare' },
  ])('abstains: $q ($why)', ({ q }) => {
    const result = engine.ask(q);
    expect(result.abstained).toBe(true);
    expect(toJsonLine(q, result)).toMatchObject({ abstained: true, answers: [] });
  });

  it.each([
    { q: '萩市と山口市の合同防災訓練、集合場所はどこ？', detail: '集合場所', why: 'a venue of one project, not where it belongs (別表3(1)エ)' },
    { q: '乗合タクシーを走らせる件、予約はアプリでできる？', detail: '予約', why: 'how one books is no role of the row (別表3(2)ア)' },
    { q: '7市町を回る観光スタンプラリー、全部回ったら景品は何がもらえる？', detail: '景品', why: 'the prize of one project' },
    { q: '圏域の美術館・博物館で使える共通入館券、高校生以下は無料になる？', detail: '高校生', why: 'a yes/no question on who pays nothing' },
    { q: '共同研究の相手の教授は誰？', detail: '教授', why: 'one clause: a question word asks about a noun after the project' },
    { q: '合同就職説明会、服装は自由？', detail: '服装', why: 'a noun said of a topic marked は is a yes/no question' },
    { q: '移住相談会を開くとき、相談員は誰がなる？', detail: '相談員', why: 'who fills a post of the project, asked apart from it: no party’s role' },
    { q: 'マラソン大会のエントリー料は？', detail: 'エントリー料', why: 'an attribute of the project (料) asked bare' },
    { q: 'ちなみに、乗合タクシーの運転手は誰？', detail: '運転手', why: 'the clause after the comma names the project too: read as one clause' },
    { q: '質問です。観光スタンプラリーの景品は何？', detail: '景品', why: 'the asking sentence names the project too: read as one clause' },
    { q: '乗合タクシーの運転手、どうやって確保する？', detail: '運転手', why: 'the clause names nothing of its own: it asks about the noun before the comma' },
    { q: '移住体験住宅の管理人、誰がやる？', detail: '管理人', why: 'who fills a post named just before the clause; 管理 is the agreements’ word, 管理人 is not' },
    { q: '移住体験住宅の管理人は誰？', detail: '管理人', why: 'a suffix (人) makes the compound the thing asked about' },
    { q: '移住フェアの会場を教えて', detail: '会場', why: '教えて asks for the noun before it by name' },
    { q: '空き家バンクで買った家って改修補助つく？', detail: '家・改修補助', why: 'a yes/no question asks about what it names after the project' },
    { q: '事業承継の相談窓口って予約いる？', detail: '相談窓口', why: 'yes/no: whether one must book at the service, named by the noun after the project' },
    { q: '乗合タクシーって割引ある？', detail: '割引', why: 'yes/no: an action noun before ある, its particle dropped, is a thing asked about' },
    { q: 'デマンドタクシーは予約いる？', detail: '予約', why: 'yes/no: 予約 before いる is needed, not done' },
    { q: '合同防災訓練には自衛隊も来る？', detail: '自衛隊', why: 'yes/no: 合同 in the project’s own name says nothing of doing it together' },
    { q: '合同防災訓練には自衛隊も来るの？', detail: '自衛隊', why: 'yes/no, closed by the の after a verb' },
  ])('abstains on a detail of a project asked apart from it, naming it: $q ($why)', ({ q, detail }) => {
    const result = engine.ask(q);
    expect(result.abstained).toBe(true);
    expect(result.summary).toContain(`「${detail}`);
    expect(result.summary).toContain('個々の事業の細かな点は書かれていません');
  });

  it.each([
    { q: '合同防災訓練をやりたい、協約のどの取組？', ref: '別表3(1)エ', why: 'the clause asks where the project belongs' },
    { q: '美祢市と一緒に観光PRをやるとき、山口市はどういう役回り？', ref: '別表1エ', why: 'the clause asks a role' },
    { q: '移住フェア、出展にあたって乙は何をしますか', ref: '別表3(2)イ', why: 'a role asked politely (何をしますか), as 何をする？ is' },
    { q: '子どもが熱を出したときに預かってくれるところ、隣の町のも使えるようにできないかな', ref: '別表3(1)ア', why: 'the clause asks whether members can do it together' },
    { q: '中高生に地元の会社を知ってもらう仕事フェスタは？', ref: '別表1オ', why: 'the project named again, asked bare: no attribute of it' },
    { q: '圏域の魅力を発信するポータルサイトの運用は誰がやる？', ref: '別表3(2)イ', why: 'one clause: who does the project’s work is the row’s roles' },
    { q: '乗合タクシーの導入、どうやって進める？', ref: '別表3(2)ア', why: 'before the comma, a word of the row’s work (導入), no detail of the project' },
    { q: '乗合タクシーの運行、誰がやる？', ref: '別表3(2)ア', why: 'the project’s work (運行) before the comma, whose roles the row gives' },
    { q: '移住促進の取組を教えて', ref: '別表3(2)イ', why: '教えて asks for the row’s own word (取組), no detail' },
    { q: '協約の偏向手続き', ref: '第6条', why: '偏向 is no word of the agreements; read so, it is 変更 (ヘンコウ), an IME slip' },
    { q: 'コミュニティバスを市境をまたいで運行できる？', ref: '別表3(2)ア', why: 'yes/no, but whether the members can run it across their borders: the row' },
    { q: 'となりの しの ひとも としょかんを つかえるように したい', ref: '別表3(1)イ', why: 'in kana, wanting it usable across the border is the project' },
    { q: 'デマンドタクシーを導入できる？', ref: '別表3(2)ア', why: 'yes/no, but 導入できる does the project: an action noun made a verb' },
    { q: '防災訓練を合同でやれる？', ref: '別表3(1)エ', why: 'yes/no, but 合同 outside the project’s name asks whether they can do it together' },
    { q: '修学旅行の誘致活動を連携市町と一緒にやれる？', ref: '別表1エ', why: 'yes/no, but whether they can do it together' },
    { q: '乗合タクシーは協約に入ってる？', ref: '別表3(2)ア', why: 'yes/no, but whether the agreements include it' },
    { q: '山口市と萩市でどっちがお金を出す？', ref: '第4条', why: 'which party pays is 第4条, not which party is which' },
    { q: 'どっちがいくら出すかって協約で決まってる？', ref: '第4条', why: 'いくら出す is 費用; かって after a verb is か + って, not 勝手' },
    { q: 'デマンドタクシーを運行したい', ref: '別表3(2)ア', why: 'the asker means to carry out the project: where it belongs, whatever the examples doubt' },
    { q: 'バスの時刻表を作りたい', ref: '別表3(2)ア', why: 'a timetable made, not looked up (時刻表を見たい)' },
    { q: '創業の補助金を一緒に作りたい', ref: '別表1イ', why: 'a subsidy the members would make, not one a user asks about' },
    { q: '防災訓練を合同で実施したいんですが', ref: '別表3(1)エ', why: 'wanting to carry it out, said politely' },
    { q: 'Where does tourism belong in the agreement?', ref: '別表1エ', why: 'where a matter belongs is a row, not membership' },
    { q: '市外の子どもも通える放課後児童クラブを一緒にやれる？', ref: '別表3(1)ア', why: 'a term of use before a noun (通える放課後児童クラブ) describes the project; whether they can do it together is asked' },
    { q: '日曜も開いてる移住相談窓口を一緒に作りたい', ref: '別表3(2)イ', why: 'when it is open, said of the noun (開いてる窓口), describes the project' },
    { q: '土日も使える子育て支援拠点を共同で整備したい', ref: '別表3(1)ア', why: 'the same with 使える + noun' },
    { q: 'Is public transport covered yet?', ref: '別表3(2)ア', why: 'covered yet, the agreement left unsaid, asks whether the text includes it: no progress' },
    { q: '介護保険は協約に入ってる？', ref: '別表3(1)ア', why: 'whether the agreements include it: the nearest row answers, whatever the examples doubt' },
    { q: 'Has tourism already been included?', ref: '別表1エ', why: 'the same in English' },
    { q: '農林水産物も対象？', ref: '別表1ウ', why: 'a matter also included, asked bare: the row that names it, whatever the examples doubt' },
    { q: '移住者も対象？', ref: '別表3(2)イ', why: 'the people a row is for, asked bare' },
    { q: 'バスで交通系ICカードが使えなくて不便', ref: '別表3(2)ア', why: 'a complaint about paying, not a term of use asked' },
    { q: '路線バスでICカードを共通で使えるようにしたい', ref: '別表3(2)ア', why: 'making cards usable is the project' },
    { q: '移住相談会を一緒に開きたい', ref: '別表3(2)イ', why: 'a consultation day carried out, no venue asked' },
    { q: '協約書は誰が作成する？', ref: '末文', why: 'who makes the copies is the 末文, no author' },
    { q: '津和野町が山口市と結ぶ協約の目的を町の広報に載せたい', ref: '第1条', why: 'a 広報 is news to residents, no gazette' },
  ])('still gives the related row when the clause asks where or who: $q ($why)', ({ q, ref }) => {
    const result = engine.ask(q);
    expect(result.abstained).toBe(false);
    expect(result.answers.map((a) => a.ref).slice(0, 3)).toContain(ref);
  });

  it.each([
    { q: '平成何年の協約？', why: 'the era is the calendar, not a topic: nothing but the agreement is named' },
    { q: 'この協約案、締結は何年を想定してる？', why: '想定 is a plan for a time, like 予定' },
    { q: '協約案の締結年は何年になってる？', why: '締結年 is 締結 with a time unit' },
  ])('asks the year the agreement is concluded, which the 末文’s date line states: $q ($why)', ({ q }) => {
    const result = engine.ask(q);
    expect(result.abstained).toBe(false);
    expect(result.answers[0]?.ref).toBe('末文');
  });

  it.each([
    { q: '協約書の乙の欄に書く防府市の住所を教えてください', abstains: true, why: 'a 連携市町’s own address: the 末文 leaves 乙’s as ○○' },
    { q: '萩市と結ぶ場合、乙の所在地は何番地？', abstains: true, why: 'a street number of 乙' },
    { q: '山陽小野田市と結ぶ協約書、乙の住所欄はどうなってますか', abstains: false, why: 'what the column holds is the 末文’s to show' },
    { q: '防府市との協約書で、甲の山口市の住所はどう記載されてる？', abstains: false, why: 'the address asked is 山口市’s, named last before 住所' },
    { q: '宇部市役所の住所は？', abstains: false, why: 'a signatory’s office: the 末文 prints its address, whatever the examples of ○○ addresses say' },
    { q: '山口市役所の住所を教えて', abstains: false, why: 'the same for the other hub' },
  ])('the addresses in the 末文: $q ($why)', ({ q, abstains }) => {
    const result = engine.ask(q);
    expect(result.abstained).toBe(abstains);
    if (abstains) expect(result.summary).toContain('末文');
    else expect(result.answers[0]?.ref).toBe('末文');
  });

  it.each([
    { q: '山口市の支所の住所は？', why: 'a branch office, no party in its capacity of signatory' },
    { q: '宇部市の図書館の住所は？', why: 'a facility' },
    { q: '移住相談窓口の住所は？', why: 'a desk of a project: the row names none' },
  ])('abstains on the address of a facility: $q ($why)', ({ q }) => {
    expect(engine.ask(q).abstained).toBe(true);
  });

  it.each([
    { q: '取組の数は？', refs: ['第3条'], note: '19行', why: 'the annex’s rows, which 第3条 brings in' },
    { q: '取組は全部でいくつ？', refs: ['第3条'], note: '19行', why: 'the same, 全部で' },
    { q: '協約は全部で何条？', refs: ['第1条', '第6条'], note: '6か条', why: 'the articles, first to last' },
    { q: '条文はいくつある？', refs: ['第1条', '第6条'], note: '6か条', why: 'the same in other words' },
  ])('counts the text’s own parts: $q ($why)', ({ q, refs, note }) => {
    const result = engine.ask(q);
    expect(result.abstained).toBe(false);
    expect([...new Set(result.answers.map((a) => a.ref))]).toEqual(refs);
    expect(result.summary).toContain(note);
  });

  it.each([
    { q: '令和6年度に実施している連携事業は全部でいくつ？', why: 'projects under way, no part of the text' },
    { q: '観光の取組の予算はいくつ？', why: 'a figure of one topic' },
  ])('abstains on counts the text does not show: $q ($why)', ({ q }) => {
    expect(engine.ask(q).abstained).toBe(true);
  });

  it.each([
    { q: '協約の有効性は？', why: 'the agreement’s standing: concluded under 地方自治法 (前文), ended only by 協議 and 議決 (第6条)' },
    { q: '協約の効力は？', why: 'the same in other words' },
  ])('answers the agreement’s standing from the 前文 and 第6条: $q ($why)', ({ q }) => {
    const result = engine.ask(q);
    expect(result.abstained).toBe(false);
    expect([...new Set(result.answers.map((a) => a.ref))]).toEqual(['前文', '第6条']);
  });

  it.each([
    { q: '協約の有効期間は？', why: 'a term no passage states' },
    { q: '協約の効力はいつから発生する？', why: 'a date' },
    { q: '議決を経ないで変更したら有効？', why: 'what follows a step skipped' },
  ])('abstains on validity the text does not settle: $q ($why)', ({ q }) => {
    expect(engine.ask(q).abstained).toBe(true);
  });

  it.each([
    { q: '甲と乙はどうやって連携を図る？', ref: '第2条', why: 'how the parties work together is the basic policy (相互に連携を図る)' },
    { q: '両市はどのように連携する？', ref: '第2条', why: 'the same in 連携協約2' },
    { q: '各市町の日程を合わせて合同研修をやりたい', ref: '別表3(3)ア', why: 'dates aligned in a project wish: the project, not a date asked' },
    { q: '日程を合わせて合同で防災訓練をしたい', ref: '別表3(1)エ', why: 'the same for a drill' },
    { q: '懇談会のメンバーは？', ref: '別表1ア', why: 'what the 懇談会 is made of: 経済団体等で構成する' },
    { q: '懇談会の構成は？', ref: '別表1ア', why: 'the same in other words' },
  ])('answers $q with $ref ($why)', ({ q, ref }) => {
    const result = engine.ask(q);
    expect(result.abstained).toBe(false);
    expect(result.answers[0]?.ref).toBe(ref);
  });

  it.each([
    { q: '合同研修の日程は？', why: 'a date asked' },
    { q: '懇談会のメンバーは誰？', why: 'people by name' },
    { q: '幹事会のメンバーは？', why: 'a body no passage says is made of anything' },
  ])('still abstains: $q ($why)', ({ q }) => {
    expect(engine.ask(q).abstained).toBe(true);
  });

  it('abstains on the day of concluding, which the date line leaves blank', () => {
    expect(engine.ask('協約の締結日は何月何日？').abstained).toBe(true);
  });

  it('keeps the special reply to a kana question read in kanji, which the question as typed must not undo', () => {
    // はぎしと ほうふしの… read as 萩市と防府市の協約は？: there is none between them, and what each holds.
    // The kana as typed names no pair, and the examples' vote on it would quote a passage.
    const result = engine.ask('はぎしと ほうふしの きょうやくは？');
    expect(result).toMatchObject({ kind: 'membership', abstained: true, answers: [] });
    expect(result.summary).toMatch(/^萩市と防府市の間に連携協約はありません。/u);
  });

  it('finds the passage despite a one-character typo', () => {
    expect(engine.ask('観光振光の役割').answers[0]?.ref).toBe('別表1エ');
  });

  it.each([
    { q: '第6条の議決は特別多数決ですか？', ref: '第6条', why: 'how the council votes is no part of 第6条' },
    { q: '第4条の費用の割合は何対何？', ref: '第4条', why: '第4条 leaves the shares to a separate agreement' },
    { q: '第5条の連絡会議、開催場所は？', ref: '第5条', why: 'the venue asked after a comma: 第5条 names none' },
  ])('abstains when the passage cited does not state the fact asked, pointing to it: $q ($why)', ({ q, ref }) => {
    const result = engine.ask(q);
    expect(result.abstained).toBe(true);
    expect(result.summary).toContain(`話題が近いのは 連携協約1 ${ref}`);
  });

  it.each([
    { q: 'どっちがいくら出すかは協約で決まってる？', comparison: false, why: 'the ちが of どっちがいくら is no ちがい' },
    { q: 'うちがいくら払うかは協約で決まってる？', comparison: false, why: 'nor that of うちがいくら' },
    { q: '協約1と2でちがいはある？', comparison: true, why: 'ちがい in kana after a particle compares the drafts' },
  ])('compares the drafts only when asked how they differ: $q ($why)', ({ q, comparison }) => {
    expect(engine.ask(q).kind === 'comparison').toBe(comparison);
  });

  it.each([
    { q: '締結の年は何年になってる？', why: '末文’s 平成２９年 holds no word 年; the date it states answers it' },
    { q: '協約は何年に締結？', why: 'the 前文 holds 締結 but no date: it is not shown beside the 末文' },
  ])('reads the year asked as the fact, not as a word the date line must hold: $q ($why)', ({ q }) => {
    const result = engine.ask(q);
    expect(result.answers[0]?.ref).toBe('末文');
    expect(result.answers.map((a) => a.ref)).not.toContain('前文');
  });

  it('quotes the passage cited when it states the fact asked, or when asked whether it leaves it out', () => {
    expect(engine.ask('第5条の連絡会議はいつ開く？').answers[0]?.ref).toBe('第5条');
    expect(engine.ask('第4条には金額が書いていないということ？').answers[0]?.ref).toBe('第4条');
  });

  it('says that 第7条 does not exist and what does', () => {
    const result = engine.ask('第7条を見せて');
    expect(result.abstained).toBe(true);
    expect(result.summary).toBe('第7条はありません。協約の本文は第1条〜第6条、別表は別表1ア〜別表3(3)ア（19行）です。前文と末文もあります。');
  });
});

describe('facts asked for and stated', () => {
  it('abstains when no passage states the fact asked for, however well the topic matches', () => {
    // 修学旅行 and 宿泊 point to 別表1エ, but no passage states an amount.
    expect(engine.ask('修学旅行の宿泊補助っていくら出る？').abstained).toBe(true);
    // 市長 is in the 末文 and its date line is a date, but not a term of office.
    expect(engine.ask('市長の任期はいつまで？').abstained).toBe(true);
    // A frequency the text does state: 毎年度 in 第5条.
    expect(engine.ask('連絡会議ってどのくらいの頻度で開くの？').answers[0]?.ref).toBe('第5条');
  });

  it('says which fact the agreements lack, and where the topic is, instead of a generic not-found', () => {
    const next = engine.ask('次回の連絡会議はいつ？');
    expect(next.abstained).toBe(true);
    expect(next.summary).toContain('個々の開催日や日程は書かれていません');
    expect(next.summary).toContain('第5条（連絡会議）');
    // Another scheme: nothing here is near it, whatever words it shares with 別表3(2)イ.
    const other = engine.ask('定住自立圏と連携中枢都市圏の違いは？');
    expect(other.summary).toContain('ほかの圏域や国・県の制度');
    expect(other.summary).not.toContain('話題が近いのは');
    // No topic at all: the generic message with examples.
    expect(engine.ask('今日の天気は？').summary).toContain('はっきり答える箇所が見つかりませんでした');
    // Progress asked of the draft itself: the first note states it.
    expect(engine.ask('案の検討の経緯は？').answers[0]?.ref).toBe('注記1');
    // Part of the topic found (連絡会議), a word no passage holds (オンライン): the fact is still named.
    const manner = engine.ask('連絡会議はオンラインでもいい？');
    expect(manner.abstained).toBe(true);
    expect(manner.summary).toContain('会議の開き方や署名の仕方（公開・オンライン・書面・電子署名・代理など）は書かれていません');
  });

  it.each([
    { q: '圏域の人口は何人？', facts: [FIGURE_TERM], why: '何人 asks for a figure' },
    { q: '負担金はいくら？', facts: [FIGURE_TERM], why: 'いくら asks for an amount' },
    { q: '連絡会議はいつ開く？', facts: [WHEN_TERM], why: 'いつ asks for a date or frequency' },
    { q: '協約書は何通作る？', facts: [], why: '何通 is answered by the 末文, so it is no figure question' },
    { q: '連絡会議はどのくらいの頻度で開くの？', facts: [WHEN_TERM], why: 'どのくらいの頻度 asks how often (毎年度), not for a figure' },
    { q: '市長が出る会議は年にどのくらい想定されてる？', facts: [WHEN_TERM], why: '年にどのくらい asks how often, not for a figure' },
    { q: '観光イベントは年にどのくらいの予算？', facts: [FIGURE_TERM], why: 'a budget a year is a figure' },
    { q: '費用はどのくらいかかる？', facts: [FIGURE_TERM], why: 'どのくらい alone asks for an amount' },
    { q: '災害対策は誰が担当？', facts: [], why: 'a who question asks for no fact' },
    { q: '避難所の一覧ってどこで見られる？', facts: [SOURCE_TERM], why: 'どこで見られる asks where to look' },
    { q: '移住相談の問い合わせ先は？', facts: [SOURCE_TERM], why: '問い合わせ先 asks whom to contact' },
    { q: '協約の根拠はどこに書いてある？', facts: [], why: 'どこに書いてある asks for a passage, which the agreements are' },
    { q: '応援職員の派遣は協約のどこで見られる？', facts: [], why: '協約のどこで asks for a passage' },
    { q: '観光協会の会長って誰だっけ', facts: [PERSON_TERM], why: 'a person’s name, which no passage gives' },
    { q: '災害対策は誰が担当？', facts: [], why: '誰が担当 asks for a party’s role, not a name' },
    { q: '移住支援金の申請の手続きを教えて', facts: [PROCEDURE_TERM], why: 'how to apply for a grant' },
    { q: '協約を変更する手続きは？', facts: [], why: 'the agreement’s own procedure is 第6条' },
    { q: '移住支援金の額って100万円？', facts: [FIGURE_TERM], why: '額 asks for an amount' },
    { q: '合同移住相談会の申込締切と会場を知りたいです', facts: [WHEN_TERM, PLACE_TERM], why: 'a deadline and a venue' },
    { q: '次回の連絡会議はいつ？', facts: [WHEN_TERM, DATE_TERM], why: 'one dated meeting, which 毎年度 does not date' },
    { q: '連絡会議は毎年いつ開く？', facts: [WHEN_TERM], why: 'the rule, which 毎年度 states' },
    { q: '救急車は圏域全体で何台ある？', facts: [FIGURE_TERM], why: '何台 counts things' },
    { q: '協約書は何部作る？', facts: [], why: '何部 is 何通, which the 末文 answers' },
    { q: 'How many copies of the agreement are made?', facts: [], why: 'copies, again the 末文' },
    { q: 'What is the population of Ube?', facts: [FIGURE_TERM], why: 'population asks for a figure, in English too' },
    { q: '交流人口は誰が増やす？', facts: [], why: '交流人口 is a policy aim (別表1オ), not a count' },
    { q: '観光客数の統計ってある？', facts: [FIGURE_TERM], why: 'statistics asked for' },
    { q: '統計データを使った政策立案を一緒にやりたい', facts: [], why: 'a project that uses statistics asks for none' },
    { q: '推進協議会の会長はどこの市長が務めてる？', facts: [PERSON_TERM], why: 'who holds an office, without 誰' },
    { q: '移住支援金の申請書類は何が必要？', facts: [PROCEDURE_TERM], why: 'the papers of an application' },
    { q: '協約の議会の議決はもう済んだの？', facts: [STATUS_TERM], why: 'progress, which a draft cannot state' },
    { q: '負担金の割合ってもう決まってる？', facts: [], why: 'how the share is decided is 第4条 (協議して別に定める)' },
    { q: '湯田温泉でおすすめの宿は？', facts: [STATUS_TERM], why: 'a recommendation' },
    { q: '経済ビジョンの進捗管理は協約のどこ？', facts: [], why: '進捗管理 is a project (別表1ア), not a progress report' },
    { q: '協約締結の記者会見はいつ？', facts: [WHEN_TERM, DATE_TERM], why: 'an event of one day, which the blank date line does not date' },
    { q: 'ふるさと納税の控除上限額の計算方法', facts: [FIGURE_TERM, ELSEWHERE_TERM], why: 'how a figure is computed, under the tax law (控除)' },
    { q: '返礼品の選定基準を知りたい', facts: [PROCEDURE_TERM], why: 'selection criteria, a procedure the agreements lack' },
    { q: '観光パンフレットってどこで何部もらえますか', facts: [FIGURE_TERM, SOURCE_TERM], why: 'how many (何部) and where to get something, a few words between どこで and the verb' },
    { q: '圏域の名称に決まった経緯は？', facts: [STATUS_TERM], why: 'the history of a decision' },
    { q: '定住自立圏と連携中枢都市圏の違いは？', facts: [ELSEWHERE_TERM], why: 'another national scheme' },
    { q: '広島広域都市圏の連携協約はどうなってる？', facts: [ELSEWHERE_TERM], why: 'another region' },
    { q: '連携中枢都市圏って何？', facts: [], why: 'the 前文’s own word, not another region' },
    { q: '地方自治法252条の2第1項って、条文には何て書いてあるの？', facts: [ELSEWHERE_TERM], why: 'the statute’s own text, which the 前文 only cites' },
    { q: '協約の根拠になる法律は？', facts: [], why: 'the statute the 前文 cites' },
    { q: '新しい焼却施設はどこに建てる予定？', facts: [PLACE_TERM], why: 'a site' },
    { q: '合同防災訓練はどこで開催？', facts: [PLACE_TERM], why: 'a venue' },
    { q: '連絡会議どこで開く？', facts: [PLACE_TERM], why: 'a meeting’s venue, without a particle' },
    { q: '連絡会議は毎年何月ごろ開く？', facts: [WHEN_TERM, DATE_TERM], why: 'a month: 毎年度 says how often, not when in the year' },
    { q: '協約を廃止するには何か月前に通知が必要？', facts: [WHEN_TERM, DATE_TERM], why: 'a span of notice, which no passage sets' },
    { q: '協約を廃止するには何ヵ月前に通知が必要？', facts: [WHEN_TERM, DATE_TERM], why: 'the small ヵ of 何ヵ月' },
    { q: 'お試し住宅で何日か住んでみてもらう', facts: [], why: '何日か is a few days, not a date asked' },
    { q: '路線バスへの補助金の額', facts: [FIGURE_TERM], why: 'an amount, asked without a particle after it' },
    { q: '公共交通の取組で、どのバス路線を維持する予定？', facts: [PERSON_TERM], why: 'a named route, which no row names' },
    { q: '観光の取組で作ったブランドの名前は？', facts: [PERSON_TERM], why: 'a project’s name, which no row gives' },
    { q: '高等教育の取組で連携している大学はどこ？', facts: [PERSON_TERM], why: 'which institution, named by none' },
    { q: '大学との連携はどこに入る？', facts: [], why: 'where in the agreements: a row answers' },
    { q: '体育大会の開催地はどこですか', facts: [PLACE_TERM], why: 'a venue' },
    { q: 'ビジョン懇談会はどこで開く？', facts: [PLACE_TERM], why: 'a body’s meeting place' },
    { q: '乗合タクシーの運行エリアはどこまで？', facts: [PLACE_TERM], why: 'the area served' },
    { q: '子育て支援の対象年齢は？', facts: [FIGURE_TERM], why: 'an age is a figure' },
    { q: '合同研修の受講料はいくら？', facts: [FIGURE_TERM], why: 'a fee' },
    { q: '避難所の開設基準は決まってる？', facts: [PROCEDURE_TERM], why: 'criteria no row sets' },
    { q: '移住者への家賃補助はある？', facts: [PROCEDURE_TERM], why: 'whether a subsidy exists' },
    { q: '協約の見直しの時期は？', facts: [WHEN_TERM], why: 'a time' },
    { q: '変更の議決はどっちの議会が先にするの？', facts: [PROCEDURE_TERM], why: 'the order of steps, which 第6条 does not set' },
    { q: '変更の議決は過半数でいいの？', facts: [PROCEDURE_TERM], why: 'a majority needed, which 第6条 does not set' },
    { q: '「別に定める」は何という文書？', facts: [PERSON_TERM], why: 'a document’s name' },
    { q: 'Who chairs the liaison meeting?', facts: [PERSON_TERM], why: 'a chair, in English' },
    { q: 'Is the liaison meeting open to the public?', facts: [PROCEDURE_TERM], why: 'whether it is public, which 第5条 does not say' },
    { q: 'When does the agreement expire?', facts: [WHEN_TERM], why: 'an end date, in English' },
    { q: 'What happens if one side breaks the agreement?', facts: [CONTINGENCY_TERM], why: 'a breach, in English' },
    { q: 'What happens if one city wants to end the agreement?', facts: [], why: 'ending it is 第6条' },
    // A fee, an age, a name, criteria, a time or an area named as what a project is about asks no such fact.
    { q: '公共施設の利用料を圏域住民も同じにする取組は？', facts: [], why: 'the fee is what the project changes: a row answers' },
    { q: 'スポーツ施設の使用料を減免し合う取組はどれ？', facts: [], why: 'the same' },
    { q: '年齢を問わず参加できるスポーツ大会はどの項目？', facts: [], why: '年齢を問わず asks no age' },
    { q: '時期を問わず観光PRを一緒にやりたい', facts: [], why: '時期を問わず asks no time' },
    { q: '事業の名称を変更するときは協約の変更が必要？', facts: [], why: 'a name changed, not asked' },
    { q: '大学はどこで扱ってる？', facts: [], why: 'where in the agreements' },
    { q: '費用の按分基準は？', facts: [], why: 'the sharing of costs is 第4条’s (agreed separately)' },
    { q: '避難所の設置基準を共通化する取組は？', facts: [], why: 'criteria made common are the project' },
    { q: '協約の対象範囲はどの分野まで？', facts: [], why: 'the scope of the agreement, 第3条 and the annex' },
    { q: '学術研究拠点って具体的にどの大学のこと？', facts: [PERSON_TERM], why: 'an institution’s name' },
    { q: '大雨のとき、うちの地区の避難所はどこ？', facts: [PLACE_TERM], why: 'a place, which no passage names' },
    { q: '商談会はどこで？', facts: [PLACE_TERM], why: 'where an event is held, the verb unsaid: a venue, not a name' },
    { q: '研修事業は別表のどこで？', facts: [], why: 'where in the annex, the verb unsaid: a row, not a venue' },
    { q: '観光イベントは協約上どこで？', facts: [], why: 'where in the agreement' },
    { q: 'ごみ処理の広域化はもう決まった？', facts: [STATUS_TERM], why: 'whether a matter is settled yet, which a draft cannot say' },
    { q: '協約の進み具合を首長同士で調整する仕組みってある？', facts: [], why: 'a forum for progress is 第5条’s 連絡調整, not progress asked' },
    { q: '圏域ビジョンのKPIの進み具合を経済界と点検したい', facts: [], why: 'checking progress is the project (別表1ア)' },
    { q: '山口市と宇部市、どっちが圏域の代表なの？', facts: [STATUS_TERM], why: 'a rank between the hubs, which no passage sets' },
    { q: '甲と乙で意見が合わない時はどっちが優先？', facts: [STATUS_TERM], why: 'a precedence, which no passage sets' },
    { q: '山口市と宇部市の協約で観光はどちらが主導する？', facts: [], why: 'who leads a row is its roles' },
    { q: '災害対策は山口市と萩市のどちらが中心となって取り組む？', facts: [], why: 'a centre that does a row’s work is its roles, not a rank' },
    { q: '医療の取組は甲と乙どっちが中心？', facts: [], why: 'the centre of a row: its roles' },
    { q: '協約書にはどちらが代表して署名？', facts: [], why: 'who signs for whom: the 末文' },
    { q: '山口市と宇部市、どっちがリーダーなの？', facts: [STATUS_TERM], why: 'a leader with nothing to do: a rank' },
    { q: '山口市と宇部市、どっちが圏域の中心として格上なの？', facts: [STATUS_TERM], why: '格上 is a rank, whatever 中心として says' },
    { q: '経済戦略の策定は甲乙どちらが中心か', facts: [], why: 'a row’s work named (策定): its roles' },
    { q: '県はこの協約の事業にお金を出すの？', facts: [ELSEWHERE_TERM], why: 'the prefecture is no party: what it pays is its own scheme' },
    { q: '都市圏ビジョンの策定に総務省の承認は要りますか', facts: [ELSEWHERE_TERM], why: 'the state’s approval, outside the agreements' },
    { q: '島根県の津和野町の費用負担は？', facts: [], why: '島根県の津和野町 names the member, not the prefecture as payer' },
    { q: '県も関与する医療の取組は？', facts: [], why: 'the prefecture as a partner: 別表2ア’s 県等との連携' },
    { q: '外国が関わる観光の取組は？', facts: [], why: '外国 is no state paying or approving' },
    { q: '中国からの観光客が増えたら国が補助してくれる？', facts: [ELSEWHERE_TERM], why: 'the state’s subsidy, 中国 aside' },
    { q: '連絡会議はオンラインで開いてもいい？', facts: [MANNER_TERM], why: 'how the meeting is held, which 第5条 does not say' },
    { q: '連絡会議って一般の人も傍聴できる？', facts: [MANNER_TERM], why: 'whether it is public' },
    { q: '乙が複数いる場合、連絡会議は合同で開くの？', facts: [MANNER_TERM], why: 'a joint meeting, not provided for' },
    { q: '連絡会議は甲と乙の合同で開くの？', facts: [], why: 'held by both parties: 第5条’s 甲及び乙の長' },
    { q: '連絡会議は両市長が合同で開催する？', facts: [], why: 'the two heads of 連携協約2: 第5条' },
    { q: '創業塾を圏域の市町で合同開催したい', facts: [], why: 'a project held jointly is no meeting of the agreements' },
    { q: '連絡会議は毎年開くの？', facts: [], why: '毎年度 is 第5条’s' },
    { q: '協約を結ぶときにも議会の議決は要る？', facts: [CONCLUDING_TERM], why: '第6条’s vote is for a change or an end; concluding, the text does not say' },
    { q: '協約を変えるとき議会の議決は必要？', facts: [], why: 'a change is 第6条’s' },
    { q: '協約締結は議会にかける？', facts: [CONCLUDING_TERM], why: 'the council named for its vote, on concluding' },
    { q: '協約を結ぶには議会を通す必要がある？', facts: [CONCLUDING_TERM], why: 'the same, 議会を通す' },
    { q: '協約をやめるとき議会にかける？', facts: [], why: 'an end: 第6条’s' },
    { q: '議会の議決はいつ必要？', facts: [], why: 'in what case: 第6条’s 変更し、又は廃止しようとするとき' },
    { q: '議決はいつまでに必要？', facts: [WHEN_TERM], why: 'a deadline is a date' },
    { q: '議会答弁用に、協約を結ぶ目的を簡潔に', facts: [], why: 'the council as the scene, the purpose asked: 第1条' },
    { q: '協約を結んだ後、解消するには議決が要る？', facts: [], why: 'an end in other words (解消), after concluding: 第6条’s' },
    { q: '結んだ協約を見直すときにも議決が必要？', facts: [], why: 'a change in other words (見直す): 第6条’s' },
    { q: '締結後に脱退するには議会の議決がいるの？', facts: [], why: 'leaving is an end: 第6条’s' },
    { q: '協約を結ぶときの根拠と、変えるときの議決の根拠は？', facts: [], why: 'the legal basis: the 前文 and 第6条' },
    { q: 'あきやばんくは もう うごいてますか？', facts: [STATUS_TERM], why: 'whether it is running yet, in kana' },
    { q: '負担金の割合ってもう決まってる？', facts: [], why: 'the shares are 第4条’s: agreed separately' },
    { q: '甲と乙の役割はもう決まってるの？', facts: [], why: 'the roles the agreement sets: 第3条 and the annex' },
    { q: '変更の手続きは既に決まってる？', facts: [], why: 'the procedure the agreement sets: 第6条' },
    { q: '協約で既に決まっている取組は何？', facts: [], why: 'what the agreement settles: 第3条 and the annex' },
    { q: 'この案ってもう確定版？', facts: [], why: 'whether the draft is final: 注記1 says talks go on' },
    { q: '費用分担の協議はもう始まってる？', facts: [STATUS_TERM], why: 'running yet is a state, though of the shares' },
    { q: '海外プロモーションはどこの国向け？', facts: [PLACE_TERM], why: 'which country, which no row names' },
    { q: '路線バスの維持を一緒にやりたい', facts: [], why: 'a project about routes asks no route’s name' },
    { q: '費用分担の協議がまとまらなかったらどうなる？', facts: [CONTINGENCY_TERM], why: 'what follows failed talks, which no article says' },
    { q: '乙が協議に応じてくれない場合は？', facts: [CONTINGENCY_TERM], why: 'a party that does not take part' },
    { q: '市長が出られないとき、副市長が代理で連絡会議に出てもいい？', facts: [CONTINGENCY_TERM], why: 'a stand-in, which 第5条 does not provide for' },
    { q: '備蓄が足りないときに市町間で融通し合いたい', facts: [], why: 'a project that copes with a shortage (災害対策), not what follows a breach' },
    { q: '市長が交代したら協約は結び直しになる？', facts: [CONTINGENCY_TERM], why: 'what follows an event, which 第6条 does not say' },
    { q: '協約を廃止したら進行中の事業はどうなる？', facts: [CONTINGENCY_TERM], why: '第6条 says how to end the agreement, not what follows' },
    { q: '「相互に連携を図る」に違反したら罰則はある？', facts: [CONTINGENCY_TERM], why: 'a breach and its penalty' },
    { q: '協約を変更したら議会の議決は要る？', facts: [], why: 'what a change takes is 第6条' },
    { q: '記名押印は電子署名でもいい？', facts: [MANNER_TERM], why: 'how the agreement is signed, which the 末文 does not say' },
    { q: '記名押印は誰がする？両市長？', facts: [], why: 'who signs is the 末文' },
    { q: '協約書に電子署名してもいい？', facts: [MANNER_TERM], why: 'electronic signing of the agreement, named before it' },
    { q: '電子契約の導入を圏域で共同で進めたい、どの取組？', facts: [], why: 'a DX project to place, not how the agreement is signed' },
    { q: 'ローカル線存続の署名活動をオンラインで一緒にやりたい', facts: [], why: 'a petition is no signing of the agreement' },
    { q: '協約に違反したら何かペナルティある？', facts: [CONTINGENCY_TERM], why: 'a penalty asked after a breach' },
    { q: '不法投棄の罰則を圏域で統一したい', facts: [], why: 'a penalty to set up is a project (環境), not what follows a breach' },
    { q: '交通違反の取り締まりをどう連携する？', facts: [], why: 'an offence policed is a project, not a breach of the agreement' },
    { q: '協約書の原本はどこに保管されてるの？', facts: [SOURCE_TERM], why: 'where the originals are kept' },
    { q: '協約書の原本はどこが持つことになってる？', facts: [], why: 'who keeps them: 各自その１通を保有する (末文)' },
    { q: '原本の保管先は？', facts: [SOURCE_TERM], why: 'where they are kept, asked with は' },
    { q: '備蓄品の保管場所を市町で共有したい、協約のどこ？', facts: [], why: 'a storage place to share is a project (災害対策), not where the originals are' },
    { q: '山口市と萩市の負担割合はどうなってる？', facts: [FIGURE_TERM], why: 'the shares themselves, which 第4条 leaves to a separate agreement' },
    { q: 'ﾚﾝﾗｸｶｲｷﾞ ﾉ ﾆｯﾃｲ ﾊ ｲﾂ?', facts: [WHEN_TERM], why: 'いつ typed in katakana' },
    { q: '移住フェア、サンカヒはイクラ？', facts: [FIGURE_TERM], why: 'いくら typed in katakana after a particle, among kanji' },
    { q: 'ドイツからの観光客誘致は協約のどの取組？', facts: [], why: 'the イツ of ドイツ is part of a katakana word, not いつ' },
    { q: 'イクラの販路拡大は別表のどれ？', facts: [], why: 'among kanji and hiragana, イクラ standing first is the roe, not いくら' },
    { q: 'どっちがいくら出すかって協約で決まってるの？', facts: [], why: 'whether the agreement states the shares: 第4条 (agreed separately)' },
    { q: '路線バスの運賃を下げる計画はある？', facts: [STATUS_TERM], why: 'whether a plan exists, which a draft cannot say' },
    { q: 'この圏域は何という種類の都市圏として位置付けられてる？', facts: [], why: 'the kind of this 圏域 (連携中枢都市圏, the 前文), not another region' },
    { q: '連携協約の根拠になってる地方自治法の条文番号を教えてください', facts: [], why: 'the article number the 前文 cites, not the statute’s text' },
    { q: '費用の負担割合はいつ、誰が決める？', facts: [], why: 'いつ、誰が asks how the shares are settled: 第4条' },
    { q: '取組は何本柱？', facts: [], why: 'a count of what the annex has' },
    { q: '合同で防災訓練をやる計画があります。協約のどこ？', facts: [], why: 'a plan stated places the project' },
    { q: '同じ内容で他にも作る予定はある？', facts: [], why: 'other versions of the agreement: 注記2' },
    { q: 'うちがいくら払うかは協約で決まってる？', facts: [], why: 'the same asked with 払う' },
    { q: '災害時に何人派遣するか協約に書いてある？', facts: [FIGURE_TERM], why: 'a figure other than the cost shares, which no passage states' },
    { q: '災害で道路が通れないときの代替交通は？', facts: [], why: 'a project asked about, not a consequence' },
    { q: '変更の協議には何日かかりますか', facts: [WHEN_TERM], why: '何日かかる asks a span, which no passage sets' },
    { q: '申込は何日から？', facts: [WHEN_TERM], why: '何日から asks a date' },
    { q: '連携する病院の名前を具体的に教えて', facts: [PERSON_TERM], why: 'an institution’s name, like a person’s' },
    { q: '救急の取組で連携する病院名は？', facts: [PERSON_TERM], why: 'X名 asks a name: 病院名' },
    { q: '委託先の業者名を教えてください', facts: [PERSON_TERM], why: 'a contractor’s name' },
    { q: '連携事業の事業名一覧がほしい', facts: [SOURCE_TERM, PERSON_TERM], why: 'projects’ names, and a list kept elsewhere' },
    { q: '本文を読んでも事業名が出てこない、取組の一覧はどこ？', facts: [], why: 'a name not found in the text asks where the list is, not the name' },
    { q: '記名押印は誰がする？', facts: [], why: '記名 is no name asked: the 末文 answers' },
    { q: '貸出冊数の上限は？', facts: [FIGURE_TERM], why: 'a limit is a figure' },
    { q: '新山口駅から萩までのバスの運賃は？', facts: [FIGURE_TERM], why: 'a fare asked for' },
    { q: 'バスと鉄道を乗り継ぐときの割引運賃を設けたい', facts: [], why: 'a fare scheme to set up is a project, not a figure asked' },
    { q: 'ドクターヘリを呼ぶときの要請手順は？', facts: [PROCEDURE_TERM], why: 'the steps of a request' },
    { q: '協約を変更する手順は？', facts: [], why: 'the agreement’s own procedure is 第6条' },
    { q: '今年度の連携事業の一覧を出してほしい', facts: [SOURCE_TERM], why: 'a list kept elsewhere' },
    // Questions about the agreements themselves that the fact patterns must leave alone (a review found them).
    { q: '費用分担の規定はどこにありますか？', facts: [], why: 'where a rule is written is a passage, not a page' },
    { q: '連携する取組の一覧ってどこに載ってる？', facts: [], why: 'a list the agreements hold (第3条 and its annex): where it is written is a passage' },
    { q: '宇部市版の協約案ってどこにあるの？', facts: [], why: 'the 宇部市 version is 注記2’s matter' },
    { q: 'ビジョン懇談会の設置要綱ってどこにある？', facts: [SOURCE_TERM], why: 'a document of its own, kept elsewhere' },
    { q: '連絡会議の議事録はどこにありますか', facts: [SOURCE_TERM], why: 'minutes are kept elsewhere' },
    { q: '観光振興はどこで取り組みますか？', facts: [], why: '取り組み is no 見られる' },
    { q: '都市圏ビジョンとは？', facts: [], why: 'the 圏域 said loosely, not another region' },
    { q: '費用分担の方法の中身は？', facts: [], why: 'the 法 of 方法 is no statute' },
    { q: '全国で少子化が進む中、圏域の目的は？', facts: [], why: '全国 in a clause of its own' },
    { q: '費用分担の計算方法は？', facts: [], why: '第4条 answers it: agreed separately' },
    { q: '観光のおすすめルートを一緒に作りたい', facts: [], why: 'a project to make, not a recommendation asked' },
    { q: 'もう一点、協約の変更が済んだら議会に報告する？', facts: [], why: 'もう一点 is no もう…済んだ' },
    { q: '連携協約を変更する要件は？', facts: [], why: 'the agreement’s own requirements are 第6条' },
    { q: '協約の変更はいつでもできる？', facts: [], why: 'いつでも asks no date' },
    { q: '連絡会議に出席する人は誰？', facts: [], why: 'who attends is 第5条 (甲及び乙の長)' },
    { q: '移住支援金の申請要件は？', facts: [PROCEDURE_TERM], why: 'an application’s requirements' },
    { q: '萩市の年間観光客数', facts: [FIGURE_TERM], why: 'a yearly count, though 観光客数 alone is a project word of 別表1エ' },
    { q: '観光客数を増やす取組を一緒にやりたい', facts: [], why: 'a count to raise is a project, not a figure asked' },
    { q: '圏域の人口60万人維持って目標、協約のどこ？', facts: [FIGURE_TERM], why: 'a figure quoted must be in the passage: the agreements state none' },
    { q: '協約書を2通作るのはなぜ？', facts: [], why: 'copies are no figure of people, money or shares' },
    { q: '協約を結んでる自治体のうち一番熱心なのはどこ？', facts: [STATUS_TERM], why: 'a ranking is an opinion' },
    { q: '一番最初の条は何？', facts: [], why: '一番最初 is an order, not a ranking' },
    { q: '去年の連絡会議で何が決まったか教えて', facts: [STATUS_TERM], why: 'a past meeting’s outcome is a record, not a rule' },
    { q: '移住者向けの家賃補助の申請窓口はどこ', facts: [SOURCE_TERM], why: 'an office to go to' },
    { q: '避難所に指定されてる施設の一覧がほしい', facts: [SOURCE_TERM], why: 'a list kept elsewhere, asked with が' },
    { q: '議会の傍聴ってどうやって申し込むの', facts: [PROCEDURE_TERM], why: 'how to apply, asked with どうやって' },
    { q: '移住体験住宅の予約ってどうやるんですか', facts: [PROCEDURE_TERM], why: 'how to book' },
    { q: '大学病院の救急外来の受付時間を教えてください', facts: [WHEN_TERM], why: 'opening hours' },
    { q: 'プレミアム商品券の販売開始日', facts: [WHEN_TERM], why: 'a start date' },
    { q: 'イノシシ1頭あたりの捕獲報奨金の単価', facts: [FIGURE_TERM], why: 'a unit price (and a figure quoted)' },
    { q: '防災行政無線の周波数', facts: [FIGURE_TERM], why: 'a question ending in a count or rate asks for it' },
    { q: '北九州の連携中枢都市圏の協約とはどこが違うの', facts: [ELSEWHERE_TERM], why: 'a 都市圏 named after another place' },
    { q: '山口県央の連携中枢都市圏って何？', facts: [], why: 'this 圏域 by its own name' },
    { q: '小学校の給食費無償化、宇部市はやってる？', facts: [STATUS_TERM], why: 'whether a member does something today' },
    { q: '宇部市は観光で何をやってる？', facts: [], why: 'what a member does is its role (別表1エ)' },
    { q: '国のまち・ひと・しごと創生総合戦略との整合は？', facts: [ELSEWHERE_TERM], why: 'a national scheme, not these agreements' },
    // A review of this session's rules found these misfires; each stays a case.
    { q: '先日の打合せで出た議会の議決の話は何条？', facts: [], why: 'a past meeting as background, not its outcome asked' },
    { q: '費用は50%ずつ負担するの？', facts: [], why: 'a share of costs is 第4条’s matter, though a figure is quoted' },
    { q: '協約書の部数？', facts: [], why: 'copies (本協約書２通), not a count the drafts lack' },
    { q: '連絡会議の開催回数？', facts: [], why: 'how often is 毎年度 (第5条)' },
    { q: '婚活イベントで今年カップルは何組成立しましたか', facts: [FIGURE_TERM], why: 'a count with its counter (何組)' },
    { q: '今年度の圏域合同防災訓練はどこの市で実施しますか', facts: [PLACE_TERM], why: 'where an event is held' },
    { q: 'ドクターヘリの基地病院はどこですか', facts: [PLACE_TERM], why: 'an institution’s site' },
    { q: '協約の案文を作ったのはどこの課？', facts: [SOURCE_TERM], why: 'an office, asked as どこの課' },
    { q: 'ほかの市町の議会はもう協約の議決を済ませていますか', facts: [STATUS_TERM], why: 'progress, asked with 済ませ' },
    { q: '正直、この協約って結んでよかったと思います？', facts: [STATUS_TERM], why: 'an opinion asked' },
    { q: '連携の拠点はどこ？', facts: [], why: '拠点 is 別表2イ’s word, not a site asked' },
    { q: '議員の名前を教えて', facts: [PERSON_TERM], why: 'a councillor’s name' },
    { q: '別表の取組は全部で何個？', facts: [], why: 'a count of what the text has (the annex rows)' },
    { q: '政策分野は何本立て？', facts: [], why: 'the annex’s pillars, again the text' },
    { q: '費用は折半だと思います？', facts: [], why: 'a yes/no check, not an opinion asked' },
    { q: 'デマンド交通の運行事業者はどこの会社？', facts: [PERSON_TERM], why: 'a company’s name, like a person’s' },
    { q: '負担金の話って協約に書いてありますか？来年度の予算要求の前に押さえておきたくて', facts: [], why: 'the budget is in the sentence saying why one asks, not in the one that asks' },
    { q: '来年度の予算は？', facts: [FIGURE_TERM], why: 'the same words asked' },
    { q: '幹事会の構成メンバーは誰ですか', facts: [PERSON_TERM], why: 'people, not the 圏域’s members' },
    { q: '協約の締結式はどこでやった？', facts: [PLACE_TERM], why: 'where an event was held' },
    { q: '観光DMOの名称と設立年は？', facts: [WHEN_TERM], why: 'a founding year' },
    { q: 'この協約って結んでよかったと思いますか？', facts: [STATUS_TERM], why: 'an opinion asked' },
    { q: '萩市の財政課です。山口市との連携事業、うちの負担額は協約で決まってますか', facts: [], why: 'how a member’s share is set is 第4条 (協議して別に定める)' },
    { q: '費用は山口市と萩市で何割ずつ負担する？', facts: [FIGURE_TERM], why: 'the share itself asked as a figure (何割), which 第4条 leaves to a later agreement' },
    { q: '費用分担の割合、何対何ですか', facts: [FIGURE_TERM], why: 'a ratio asked for' },
    { q: '費用の負担割合は協約で決まってる？', facts: [], why: 'whether the share is set is 第4条' },
    { q: '来年度の予算要求の前に、連携事業の費用をどういう手順で決めるのか確認したい', facts: [], why: 'a budget request is the occasion, no budget figure asked' },
    { q: '負担金の額って協約に書いてあるものなの？', facts: [], why: 'whether the amount is written is 第4条 (別に定める)' },
    { q: '費用分担の割合は、いつどうやって決めるの？', facts: [], why: 'いつどうやって asks how it is decided, not a date' },
    { q: '何年か経って協約を見直したくなったら？', facts: [], why: '何年か経って is background, not a year asked' },
    { q: '協約は何年かごとに自動更新されるの？', facts: [WHEN_TERM], why: 'how often, asked with 何年かごとに' },
    { q: '協約の進み具合を確認し合う場は用意されてる？', facts: [], why: 'a forum for progress is 第5条, not progress asked' },
    { q: '協約の進み具合は？', facts: [STATUS_TERM], why: 'progress asked' },
    { q: '連絡会議って頻度はどのくらいって決まってる？', facts: [WHEN_TERM], why: 'どのくらい after 頻度 asks how often (毎年度), not a figure' },
    { q: 'うまいもんブックは何部刷って配ったの？', facts: [FIGURE_TERM], why: 'a count of copies printed (何部)' },
    { q: '協約書って何部作るの？', facts: [], why: 'copies of the agreement are the 末文’s 本協約書２通' },
    { q: '推進協議会の会長市はどこが務めてるの？', facts: [PERSON_TERM], why: 'who chairs, as a city' },
    { q: 'この協約の英訳版ってありますか', facts: [SOURCE_TERM], why: 'a translation is a document kept elsewhere' },
    { q: '一部事務組合と連携協約、どっちが使い勝手いい？', facts: [STATUS_TERM, ELSEWHERE_TERM], why: 'an opinion between two schemes, one of them another scheme' },
    { q: '協約の締結式、会場と開始時間を教えて', facts: [WHEN_TERM, DATE_TERM, PLACE_TERM], why: 'a venue and a start time of one event' },
    { q: '別表の取組ごとに、山口市のどの課が担当か一覧になってる？', facts: [SOURCE_TERM], why: 'an office, asked with どの課' },
    { q: 'ごみ袋の値段も統一されるの？', facts: [FIGURE_TERM], why: 'a price' },
    { q: '協約案に対する市民意見の募集結果はどうだった？', facts: [STATUS_TERM], why: 'the outcome of a consultation is a record' },
    { q: '環境の保全でCO2を何トン減らす目標になってる？', facts: [FIGURE_TERM], why: 'a quantity with its unit (何トン)' },
    { q: '協約書2通の原本は何年保存すればいいの？', facts: [FIGURE_TERM, WHEN_TERM], why: 'a retention period is a figure, not the 末文’s copies' },
    { q: '第3回の推進協議会幹事会っていつやるんでしたっけ', facts: [WHEN_TERM, DATE_TERM], why: 'a numbered meeting’s date is one occurrence' },
    { q: '第1回の幹事会で協議したの？', facts: [], why: 'a numbered meeting named, no date asked (注記1)' },
    { q: 'この協約について市長自身はどう評価してるの？', facts: [STATUS_TERM], why: 'an opinion' },
    { q: '戦略産業の育成って、具体的にどの業種を戦略産業に指定してる？', facts: [PERSON_TERM], why: 'which industries by name, like which companies' },
    { q: '地域公共交通の路線図はある？', facts: [SOURCE_TERM], why: 'a map kept elsewhere' },
    { q: '津和野町が島根県と結んでいる協定の中身を知りたい', facts: [ELSEWHERE_TERM], why: 'an agreement with the prefecture is not these' },
    { q: '北九州都市圏域と山口県央、どっちが先に協約を結んだ？', facts: [ELSEWHERE_TERM], why: 'a 都市圏域 named straight after another place' },
    { q: '連携中枢都市圏って何？', facts: [], why: 'a kind of 都市圏, this 圏域’s own' },
    { q: '海外から来た旅行者に何か所か回ってもらう周遊コースを作りたい', facts: [], why: '何か所か means several places, no count asked' },
    { q: '避難所は何か所ある？', facts: [FIGURE_TERM], why: 'a count of places' },
    { q: 'うちの町長の名前が入るのってどこ？', facts: [], why: 'where the name goes (the 末文’s signatures), not the name' },
    { q: '町長の名前は？', facts: [PERSON_TERM], why: 'the name itself' },
    { q: '広域連携のために一部事務組合を作る必要はある？', facts: [ELSEWHERE_TERM], why: 'another scheme of the 地方自治法 (一部事務組合), not these agreements' },
    { q: '議決の結果はどうなる？', facts: [], why: 'どうなる asks what follows (第6条), not a record of an outcome' },
    { q: '費用はどちらが負担するのがいい？', facts: [], why: 'which party should pay is 第4条’s matter, not an opinion between two things' },
    { q: 'デマンド交通と乗合タクシー、どっちが便利？', facts: [STATUS_TERM], why: 'an opinion between two things' },
    // How a service is run for its users: no row says who may use it, when, at what cost.
    { q: '図書館は市外の人も借りられる？', facts: [TERMS_OF_USE_TERM], why: 'who may use a service' },
    { q: '病児保育を隣の市の子も使えるようにしたい', facts: [], why: 'wanting it usable across the border is the project itself' },
    { q: 'よその町の人も移住体験住宅に泊まれる？', facts: [TERMS_OF_USE_TERM], why: 'who may use a service: another 町, not only another 市' },
    { q: '市外から通う子どもも放課後児童クラブに入れる？', facts: [TERMS_OF_USE_TERM], why: 'who may use a service, said of those who come from outside' },
    { q: '介護保険は協約に入ってる？', facts: [], why: 'whether the agreements hold it, not an insurance to take out' },
    { q: '観光案内所は日曜も開いてる？', facts: [TERMS_OF_USE_TERM], why: 'when a service is open' },
    { q: '合同の清掃活動、ボランティア保険は入る必要ある？', facts: [TERMS_OF_USE_TERM], why: 'insurance for a project' },
    { q: 'レンタサイクルを乗り捨てできるようにしたい', facts: [], why: 'a project wanted, not a term asked' },
    { q: '起業セミナーは無料で受けられる？', facts: [TERMS_OF_USE_TERM], why: 'the price to a user' },
    { q: '移住体験住宅は何泊まで？', facts: [FIGURE_TERM], why: 'a count of nights' },
    { q: '宇部市は何種類の協約を結ぶ？', facts: [], why: 'a count of the agreements, which the documents answer' },
    { q: '協約の取組は何種類ある？', facts: [], why: 'a count of the annex’s rows, named before 何種類' },
    { q: '幹事会は第何回まで開かれた？', facts: [], why: 'a numbered meeting (注記1), not a limit asked with 何回まで' },
    { q: '合同企業説明会にはどの酒蔵が出る？', facts: [PERSON_TERM], why: 'which firm by name' },
    { q: '見守りネットワークに地元の銀行も入ってる？', facts: [PERSON_TERM], why: 'which bodies take part in a project' },
    { q: 'ビジョン懇談会には経済団体も入ってる？', facts: [], why: '別表1ア names 経済団体 as the 懇談会’s members' },
    { q: '商工会議所の部会には業界団体も入ってる？', facts: [PERSON_TERM], why: 'another kind of body, which no row names' },
    { q: '協約に災害対策は入ってる？', facts: [], why: 'a topic in the agreement, which a row answers' },
    { q: '備蓄倉庫はどこにあるの？', facts: [PLACE_TERM], why: 'where a facility stands' },
    { q: 'コミュニティバスの停留所、どこに置く？', facts: [PLACE_TERM], why: 'where a thing is to be put' },
    { q: '情報共有に使うシステムの名前は？', facts: [PERSON_TERM], why: 'a system by name' },
    { q: '利用カードを作るとき何を持っていけばいい？', facts: [TERMS_OF_USE_TERM], why: 'what a user must bring' },
    { q: '防災センターは協約のどこ？', facts: [], why: 'where in the agreement, not where the building is' },
    { q: '講座の受講料は市が負担してくれる？', facts: [FIGURE_TERM, PROCEDURE_TERM], why: 'a fee paid for a user, a subsidy asked' },
    { q: '宿泊費を補助して観光客を呼ぶキャンペーン', facts: [], why: 'a subsidy that is the project' },
    // A member's own plans and ordinances are not these documents; nor is the state or a governor a party.
    { q: '萩市の総合計画の目的を教えて', facts: [ELSEWHERE_TERM], why: 'a member’s own plan, though 目的 is 第1条’s word' },
    { q: 'Does changing the agreement need the governor’s approval?', facts: [ELSEWHERE_TERM], why: 'a governor, in English' },
    { q: 'Does the prefecture pay for it?', facts: [ELSEWHERE_TERM], why: 'the prefecture paying, in English' },
    { q: 'Do they cooperate with the prefecture and hospitals on medical services?', facts: [], why: 'the prefecture as a partner is 別表2ア’s 県等との連携' },
    { q: 'Which municipalities are members of the Yamaguchi Prefecture central region?', facts: [], why: 'Yamaguchi Prefecture names where the members are' },
    { q: 'How does agreement 1 differ from the other agreement?', facts: [], why: 'the other agreement is the other draft' },
    { q: 'Are there other agreements with Hofu?', facts: [ELSEWHERE_TERM], why: 'other agreements, without the, are not these' },
    { q: 'Has Hofu already approved it?', facts: [STATUS_TERM], why: 'how far things have got, in English' },
    { q: 'Is tourism already covered by the agreement?', facts: [], why: 'whether the text includes a matter, asked with already' },
    { q: 'Is disaster response already part of the agreement?', facts: [], why: 'whether the text includes a matter, asked with already' },
    { q: 'Has the meeting already been held in the city hall?', facts: [STATUS_TERM], why: 'in the city hall is no text' },
    { q: 'Where will the next liaison meeting be held?', facts: [PLACE_TERM], why: 'a venue, in English' },
    { q: 'where are the roles of each city defined?', facts: [], why: 'where in the text, not a venue' },
    // A project's participants, facilities and bodies by name; its steps; whether it has a budget yet.
    { q: '交流大会の参加校は？', facts: [PERSON_TERM], why: 'participants are named by no row' },
    { q: 'どの図書館のカードが使える？', facts: [PERSON_TERM], why: 'which library, by name' },
    { q: '経済団体は具体的にどの商工会議所？', facts: [PERSON_TERM], why: '具体的にどの asks a name' },
    { q: '具体的にどの取組に当たる？', facts: [], why: 'which row is the text’s own' },
    { q: '別に定める文書の正式名称は？', facts: [PERSON_TERM], why: 'a document’s name' },
    { q: '圏域の正式名称は？', facts: [], why: 'the 前文 names the 圏域' },
    { q: 'ターゲットにしてる国はどこ？', facts: [PLACE_TERM], why: 'a country, which no row names' },
    { q: '避難所はどこにありますか', facts: [PLACE_TERM], why: 'どこにあり as どこにある' },
    { q: '避難所を開放するときの手順は？', facts: [PROCEDURE_TERM], why: 'the steps of running a service' },
    { q: '協約を一部変えたい場合の手順', facts: [], why: 'changing the agreement is 第6条’s' },
    { q: 'どんな事業が予算化されていますか', facts: [STATUS_TERM], why: 'a budget passed is how far things have got' },
    { q: '山口市の何課に問い合わせればいい？', facts: [SOURCE_TERM], why: 'which section to call' },
    { q: '防災の担当課は？', facts: [SOURCE_TERM], why: 'a department, which the text never names' },
    { q: '連絡会議は誰が開催するの？担当課？', facts: [], why: '担当課？ offered as a guess, beside who convenes (第5条)' },
    { q: 'れんらくかいぎってなんじからなんじまでやるんですか？', facts: [WHEN_TERM, DATE_TERM], why: 'a time of day in kana: 毎年度 gives none' },
    { q: 'ビジョン懇談会は年間何回開かれる？', facts: [WHEN_TERM], why: '年間何回 asks how often' },
    { q: 'きょうやくは もう ぎかいで ぎけつされた？', facts: [STATUS_TERM], why: 'progress, in kana' },
    { q: '協約を廃止した市町って過去にある？', facts: [STATUS_TERM], why: 'what happened before is no rule' },
    { q: '連絡会議は交互に開催するの？', facts: [MANNER_TERM], why: 'taking turns is how a meeting is run' },
    { q: '連絡会議の司会進行役は誰？', facts: [PERSON_TERM], why: 'who chairs, by name' },
    { q: '協約の変更案は誰が起案するの？', facts: [PROCEDURE_TERM], why: 'who drafts it inside a city hall' },
    { q: '大分県にある連携中枢都市圏ってどこ？', facts: [ELSEWHERE_TERM], why: 'a region in another prefecture' },
    { q: '備後圏域の連携協約の役割分担', facts: [ELSEWHERE_TERM], why: 'another 圏域 by its name' },
    { q: '山口県央連携都市圏域の構成市町', facts: [], why: 'this 圏域 by its name' },
    // Bodies that are no party: what they pay or how roles are split with them; other documents' content.
    { q: '商工会議所も費用を負担するの？', facts: [ELSEWHERE_TERM], why: 'a body that is no party, paying' },
    { q: '観光協会との役割分担は？', facts: [ELSEWHERE_TERM], why: 'roles shared with a body that is no party' },
    { q: '地元企業が首都圏に店を出すのを支援したい', facts: [], why: 'a firm opening a shop is a project, not a payer' },
    { q: '県と取り交わしている覚書の中身は？', facts: [ELSEWHERE_TERM], why: 'another document’s content' },
    { q: '協約って総務大臣に届け出なきゃいけないの？', facts: [ELSEWHERE_TERM], why: 'a notice to the state is no party’s rule' },
    { q: '消防の相互応援は消防組織法の何条に基づくの？', facts: [ELSEWHERE_TERM], why: 'another statute’s articles' },
    { q: '根拠法の何条？', facts: [], why: 'the statute the agreements rest on, by another name' },
    { q: '地自法の何条？', facts: [], why: '地方自治法 shortened' },
    { q: '費用の分担方法の規定はある？', facts: [], why: '方法 is no statute' },
    { q: '宇部市が負担を断ったらどうなる？', facts: [CONTINGENCY_TERM], why: 'a refusal already made, which the text does not foresee' },
    { q: '甲と乙の間でトラブルになったら？', facts: [CONTINGENCY_TERM], why: 'a dispute in other words' },
    { q: '協約結んでない町はどうなる？', facts: [ELSEWHERE_TERM], why: 'a town outside these agreements, を left out' },
    { q: '観光協会とDMOの役割分担はどうなってる？', facts: [ELSEWHERE_TERM], why: 'roles split among bodies that are no party' },
    { q: '民間企業と連携する取組の役割分担は？', facts: [], why: 'the members’ roles in a project with a firm' },
    { q: '台湾の旅行会社を回るのは誰が行く？', facts: [PERSON_TERM], why: 'who travels, a person' },
    { q: '小児救急は山口と宇部どちらの病院に運ぶ？', facts: [PERSON_TERM], why: 'which hospital, by name' },
    { q: 'YCAMの運営費を圏域で負担してるの？', facts: [STATUS_TERM], why: 'what is paid today is no rule' },
    { q: '費用をどちらが負担している？', facts: [], why: 'which party bears costs is 第4条’s' },
    { q: '署名したのは同じ日？', facts: [WHEN_TERM, DATE_TERM], why: 'the day of one signing' },
    { q: '協約の案文って誰が起草するの？', facts: [PROCEDURE_TERM], why: 'who drafts inside a city hall' },
    { q: '協約を結んでない近隣の町と一緒に事業をやってもいい？', facts: [ELSEWHERE_TERM], why: 'a town outside these agreements' },
    { q: '図書館の相互利用ができる館はどこ？', facts: [PLACE_TERM], why: 'which building' },
    { q: 'うまいもんブックはどこで配ってる？', facts: [SOURCE_TERM], why: 'where to get a booklet' },
    { q: '赤字バス路線を廃止する基準', facts: [PROCEDURE_TERM], why: 'a criterion no row sets' },
    // Session 28: a document's name, the state's funding, a firm by name, this year's date in kana, a page, a history.
    { q: '別に定めるって、何ていう文書で定めてるの？', facts: [PERSON_TERM], why: 'a document’s name, 何ていう' },
    { q: '地方交付税の算定で協約は有利になる？', facts: [ELSEWHERE_TERM], why: 'the state’s funding scheme, no party’s' },
    { q: 'Is there a national grant for joint projects?', facts: [ELSEWHERE_TERM], why: 'the state’s grants, in English' },
    { q: 'Which consulting firm wrote the plan?', facts: [PERSON_TERM], why: 'a firm by name, in English' },
    { q: 'Which annex row covers attracting companies?', facts: [], why: 'companies as a project’s matter, asked by row' },
    { q: 'れんらくかいぎ ことしはいつ？', facts: [WHEN_TERM, DATE_TERM], why: 'this year’s meeting, in kana: one occurrence' },
    { q: '連絡会議はいつ開く？', facts: [WHEN_TERM], why: 'how often is 第5条’s 毎年度' },
    { q: '協約の全文はHPのどこにある？', facts: [SOURCE_TERM], why: 'HP is a home page' },
    { q: '協約の変更履歴はある？', facts: [STATUS_TERM], why: 'what was changed before is no rule' },
    { q: '根拠になってる地方自治法の条文はどこ？', facts: [], why: 'which article the 前文 cites, not the statute’s text' },
    { q: '地方自治法252条の2って条文には何て？', facts: [ELSEWHERE_TERM], why: 'the statute’s own text' },
    { q: '連絡会議に市長の代わりに副市長が出てもいい？', facts: [MANNER_TERM], why: 'who may stand in at the meeting is how it is held' },
    { q: '防災訓練の集合時間は？', facts: [WHEN_TERM], why: 'a time of day for one event' },
    // Who or what qualifies for a project, asked of a person, group or item by name.
    { q: '合同企業説明会は既卒者でもOK？', facts: [TERMS_OF_USE_TERM], why: 'a person qualifying for a project' },
    { q: 'ブランド認証って、加工品も対象になりますか？', facts: [TERMS_OF_USE_TERM], why: 'an item qualifying' },
    { q: '婚活パーティー、圏域の外に住んでても参加できます？', facts: [TERMS_OF_USE_TERM], why: 'where one lives, qualifying' },
    { q: '海外からのインバウンドも対象に入ってますか', facts: [], why: 'a policy area included, no person or item' },
    { q: '隣の市の人も使えるようにしたい', facts: [], why: 'wanting them to qualify is the project' },
    { q: '民間企業も参加できる取組はある？', facts: [], why: 'a kind of row asked for, said of a noun' },
    { q: '急患センター、日曜の夜もあいてる？', facts: [TERMS_OF_USE_TERM], why: 'opening hours on a Sunday night' },
    { q: '山口市の避難所に防府市民が避難してもいい？', facts: [TERMS_OF_USE_TERM], why: 'residents allowed to use a service' },
    { q: '創業セミナーって平日の夜にやってる？', facts: [TERMS_OF_USE_TERM], why: 'when a service is held, with に' },
    { q: '町長も協約書に名前書いてハンコ押すの？', facts: [], why: 'writing one’s name is signing (末文), no name asked' },
    // Figures: 何億, なんまん, a ratio in English; a figure quoted of a project whose row is asked; copies of the agreement.
    { q: '売上何億円アップが目標？', facts: [FIGURE_TERM], why: '何億 asks a figure' },
    { q: 'かんこうきゃく なんまんにん めざしてるの？', facts: [FIGURE_TERM], why: 'なんまんにん in kana' },
    { q: 'What percentage of the costs does Ube cover?', facts: [FIGURE_TERM], why: 'a share in English, without is' },
    { q: 'インバウンド年10万人を目標にした海外プロモーション、どの取組？', facts: [], why: 'the row of a project is asked, not its figure' },
    { q: '圏域の人口60万人維持って目標、協約のどこに書いてある？', facts: [FIGURE_TERM], why: 'where the figure is written: no passage holds it' },
    { q: '協約書、各自治体は何部ずつ手元に置く？', facts: [], why: 'copies of the agreement are the 末文’s' },
    { q: '事業費を何対何で割るかって協約に書いてある？', facts: [], why: 'whether the text sets the shares is 第4条’s' },
    { q: '地方自治法って、昭和何年の法律第何号？', facts: [], why: 'the statute’s number as the 前文 cites it' },
    { q: '協約ができる前は、どうやって連携してたんですか', facts: [STATUS_TERM], why: 'how things were done before: no rule' },
    { q: 'ほかの自治体はどう書いてる？', facts: [ELSEWHERE_TERM], why: 'other municipalities’ documents' },
    { q: '県の企業立地の担当課とはどう役割分担してるの', facts: [ELSEWHERE_TERM], why: 'roles split with the prefecture, no party' },
    { q: '復旧費用、県とJRと市でどう割ってるの？', facts: [ELSEWHERE_TERM], why: 'costs split with bodies that are no party' },
    { q: '山口市と宇部市でどう分担する？', facts: [], why: 'the parties’ own split is 第4条’s' },
    { q: '外部アドバイザーって誰がなってる？', facts: [PERSON_TERM], why: 'a person by name' },
    { q: '連絡会議、昨年度は何回開催しました？', facts: [FIGURE_TERM], why: 'a past count, not how often' },
    { q: '津和野町ってそもそも何県？', facts: [PLACE_TERM], why: 'which prefecture: no passage says' },
    { q: '空き家バンクってもう一本化されてるの？', facts: [STATUS_TERM], why: 'already made one: progress' },
    { q: 'もう一度説明して', facts: [], why: 'もう一度 is no progress' },
    { q: 'Who should I contact at the town hall?', facts: [SOURCE_TERM], why: 'whom to call, in English' },
    { q: '調印式の写真ってどこにある？', facts: [SOURCE_TERM], why: 'where a photo is kept' },
    { q: '他の連携中枢都市圏では連絡会議を年に何回やってる？', facts: [WHEN_TERM, ELSEWHERE_TERM], why: 'another region' },
    { q: '休日に開いてる窓口を作りたい', facts: [], why: 'said of a noun: the project' },
    // Review of session 28: the rows' own people, a wider gap, an expense; the agreement's own name; companies as a matter; local funding; kanji 来年は; clock time in English.
    { q: '懇談会に経済団体も参加できる？', facts: [], why: '経済団体 are who 別表1ア says the 懇談会 is made of' },
    { q: '中小企業者も対象？', facts: [], why: 'a body the row names (別表1イ), not one by name' },
    { q: '交流・移住促進は圏域外の人も対象？', facts: [], why: '圏域内外の住民 is 別表3(2)イ’s own word' },
    { q: '外国人も来てくれる観光施策は？', facts: [], why: 'くれる + noun: a project that brings them' },
    { q: '萩市に住んでいても宇部市のイベントに参加できる？', facts: [TERMS_OF_USE_TERM], why: 'where one lives, the event named between' },
    { q: 'ガソリン代も対象？', facts: [TERMS_OF_USE_TERM], why: 'an expense qualifying' },
    { q: '会員も参加できる？', facts: [TERMS_OF_USE_TERM], why: 'a member qualifying' },
    { q: 'この協約は何ていう文書？', facts: [], why: 'the agreement’s own name is its title (前文)' },
    { q: '費用分担は何ていう取り決めで決めるの？', facts: [PERSON_TERM], why: 'the name of what 第4条 leaves to be made' },
    { q: 'What help do small companies get?', facts: [], why: 'what is done for companies, not which firm' },
    { q: 'What kind of companies does the agreement support?', facts: [], why: 'a kind of company is 別表1イ’s matter' },
    { q: 'Which article is about companies?', facts: [], why: 'which article, not which firm' },
    { q: 'What is the name of the company that runs the ferry?', facts: [PERSON_TERM], why: 'a firm’s name asked with is between' },
    { q: 'How is local government funding shared under the agreement?', facts: [], why: 'the members’ own funding is 第4条’s' },
    { q: 'Will the national government fund the projects?', facts: [ELSEWHERE_TERM], why: 'the state paying' },
    { q: '県の役割は？', facts: [ELSEWHERE_TERM], why: 'the prefecture’s own part, which no row gives' },
    { q: '県は災害時の相互支援にどう関わりますか？', facts: [ELSEWHERE_TERM], why: 'the prefecture’s part in a row’s matter' },
    { q: '県の地域医療構想との整合はどうなっていますか？', facts: [ELSEWHERE_TERM], why: 'a prefecture’s plan, not the agreements' },
    { q: '医療で県はどう関わる？', facts: [], why: '別表2ア names 県等との連携: left to the row' },
    { q: '県央の役割は？', facts: [], why: '県央 is this 圏域’s name, no prefecture' },
    { q: '高度医療の拠点病院として想定しているのは山口赤十字病院ですか？', facts: [PERSON_TERM], why: 'a hospital named and checked' },
    { q: '高度医療は拠点病院ですか？', facts: [], why: 'a kind of hospital, not a name' },
    { q: '図書館の相互利用は始まっていますか？', facts: [STATUS_TERM], why: 'whether a project is under way today' },
    { q: '移住相談会は誰が運営していますか？', facts: [STATUS_TERM], why: 'who runs it today, not the row’s role' },
    { q: '災害対策は誰が担当していますか？', facts: [], why: 'who is in charge is a row’s role' },
    { q: '来年は連絡会議いつ？', facts: [WHEN_TERM, DATE_TERM], why: '来年は as らいねんは: one occurrence' },
    { q: '今度は連絡会議いつやるの？', facts: [WHEN_TERM, DATE_TERM], why: '今度は as こんどは' },
    { q: '来年も連絡会議を開く？', facts: [], why: 'whether it is held every year asks no date' },
    { q: 'What time is the liaison meeting?', facts: [WHEN_TERM, DATE_TERM], why: 'a clock time is one occurrence’s' },
    { q: 'What time of year is the liaison meeting held?', facts: [WHEN_TERM], why: 'the time of year is the rule’s (毎年度)' },
    { q: '根拠法令は地方時治法の何条？', facts: [], why: '地方自治法 mistyped is the agreements’ own statute' },
    { q: '災害対策基本法に基づく応援協定を結びたい', facts: [], why: 'a statute named as a project’s basis is no article asked' },
    { q: '協約の解釈で両市の意見が食い違ったらどう解決するの？', facts: [CONTINGENCY_TERM], why: 'a dispute, which the text does not settle' },
    { q: '乙は甲から提案された事業を断ることができる？', facts: [CONTINGENCY_TERM], why: 'refusing, which the text does not foresee' },
    { q: '費用の二重負担はどう調整する？', facts: [CONTINGENCY_TERM], why: 'an overlap, which the text does not foresee' },
    { q: "What's the cost-sharing ratio between Ube and Yamaguchi?", facts: [FIGURE_TERM], why: 'a ratio asked for, in English' },
    { q: 'How many originals of the agreement are made?', facts: [], why: 'the originals are the 末文’s 本協約書２通, as copies are' },
    { q: '費用分担の規程はどこにありますか', facts: [], why: 'the provision of a matter (の規程) is where in the text' },
    { q: '設置規程はどこにありますか', facts: [SOURCE_TERM], why: 'a document of its own' },
    // A thing to make or improve (a calendar, a timetable, a price) is a project; asked for, it is a fact.
    { q: '圏域のイベントカレンダーを作りたい', facts: [], why: 'a calendar to make' },
    { q: 'バスの時刻表ある？', facts: [WHEN_TERM], why: 'a timetable asked for' },
    { q: 'コワーキングスペースで起業を支援したい', facts: [], why: 'スペース holds no ペース' },
    { q: '幹線道路がいつも渋滞している', facts: [], why: 'いつも is no いつ' },
    { q: '連絡会議はいつから？', facts: [WHEN_TERM], why: 'いつから asks when' },
    { q: '野菜にいい値段がつくようにしたい', facts: [], why: 'a better price is the project' },
    { q: '協約書はホームページで公開する？', facts: [SOURCE_TERM], why: 'where to read it' },
    { q: '移住者向けのホームページを共同で作る', facts: [], why: 'a web page to make' },
    { q: '予防接種を圏域内のどこでも受けられるようにしたい', facts: [], why: 'どこでも is anywhere, no place asked' },
    { q: 'パンフレットはどこでもらえる？', facts: [SOURCE_TERM], why: 'どこでもらえる: where to get it' },
    { q: 'Where are the signed copies stored?', facts: [SOURCE_TERM], why: 'a storage place, in English (who keeps them is the 末文’s)' },
    { q: 'Is there a quorum for the meeting?', facts: [PROCEDURE_TERM], why: 'a quorum, in English' },
    { q: '協約の目的が達成できたかどうやって測るの？', facts: [STATUS_TERM], why: 'how results are measured, which no passage says' },
    { q: '施策の効果を一緒に検証したい', facts: [], why: 'evaluating together is a project (別表3(3)ア), no question how' },
    { q: '圏域ビジョンのKPIって何？', facts: [FIGURE_TERM], why: 'the indicators themselves' },
    { q: '圏域ビジョンのKPIを検証する会議はどの取組？', facts: [], why: 'KPI work as a project placed in a row' },
    // Session 29: amounts, names in particular, failed talks, delegated steps, personal data.
    { q: '災害用の備蓄品はどれだけ市町で共有するの？', facts: [FIGURE_TERM], why: 'an amount asked' },
    { q: '山陽小野田市は費用をどれだけ出すの？', facts: [], why: 'how much of the costs is 第4条’s' },
    { q: '委託契約は甲と乙どっちの名義で結ぶ？', facts: [PERSON_TERM], why: 'whose name a contract is made in' },
    { q: '協約書の名義は市長になってる？', facts: [], why: 'the agreement’s own 名義 is the 末文’s' },
    { q: '地域振興に使うイベントの一覧ってある？', facts: [PERSON_TERM], why: 'a list of events by name' },
    { q: '「関係者」とは具体的に誰ですか', facts: [PERSON_TERM], why: 'whom a term names in particular' },
    { q: '花火大会などのイベントを使った地域振興、どの項目？', facts: [], why: 'などの holds no どの' },
    { q: '協約の変更協議が不調に終わった場合の扱いは？', facts: [CONTINGENCY_TERM], why: 'talks that fail' },
    { q: '議決を経ないで変更したら、その変更は有効？', facts: [CONTINGENCY_TERM], why: 'validity after a step skipped' },
    { q: '備蓄が足りなくなったら融通し合う取組', facts: [], why: 'a shortage met is a project' },
    { q: '変更は専決処分で済ませられますか？', facts: [PROCEDURE_TERM], why: 'a decision delegated' },
    { q: '人材育成セミナー、受講できるのは正社員だけ？', facts: [TERMS_OF_USE_TERM], why: 'who alone may use a service' },
    { q: '個人情報を共有するときのルールは協約に入ってる？', facts: [ELSEWHERE_TERM], why: 'personal data is a statute’s' },
    { q: '萩市の有名な観光スポット教えて', facts: [STATUS_TERM], why: 'what is famous is taste' },
    { q: '高度医療の体制づくりは県の医療計画とどう整合させるの？', facts: [ELSEWHERE_TERM], why: 'aligning with the prefecture’s plan, beside 医療 too' },
    { q: '宇部市と連携市町の協約は、いつ締結されたんですか', facts: [WHEN_TERM, DATE_TERM], why: 'a past event dated' },
    { q: '萩市と宇部市が協約とは別に結んでいる防災協定は？', facts: [ELSEWHERE_TERM], why: 'an agreement besides these' },
    { q: '費用分担は協約とは別に協議して決める、って理解でOK？', facts: [], why: 'agreed separately is 第4条’s' },
    { q: '島根県側の移住支援金も併用できる？', facts: [TERMS_OF_USE_TERM], why: 'grants combined' },
    { q: 'のうさんぶつふぇあ、ひにちきまった？', facts: [WHEN_TERM, DATE_TERM], why: 'ひにち in kana: one event’s day' },
    { q: 'かんきょうふぇあ らいねんはどこのしでやるん？', facts: [PLACE_TERM], why: 'どこのしで: which city hosts it' },
    { q: '交流大会の会場、どの市の体育館使う予定？', facts: [PLACE_TERM], why: 'the venue asked after a comma' },
    { q: '費用分担の協議、まとまらんかったらどうなるん？', facts: [CONTINGENCY_TERM], why: 'dialect まとまらんかったら: talks that fail' },
    { q: 'Is there an English version of the agreement?', facts: [SOURCE_TERM], why: 'a translation kept elsewhere' },
    { q: '移住支援サイトって、もう公開されてる？', facts: [STATUS_TERM], why: 'published yet: a state of affairs' },
    { q: '備蓄する飲料水の量は決まっていますか', facts: [FIGURE_TERM], why: 'a quantity asked' },
    { q: '移住フェアのブース、何小間まで出せる？', facts: [FIGURE_TERM], why: 'a count of booths' },
    { q: '新人研修って私服でいいの？', facts: [TERMS_OF_USE_TERM], why: 'what to wear' },
    { q: '参加する中学校はどうやって選んでるの？', facts: [PROCEDURE_TERM], why: 'how participants are chosen' },
    { q: '雇用の創出でハローワークとはどう連携してますか', facts: [ELSEWHERE_TERM], why: 'how members work with a body that is no party, today' },
    { q: '商工会議所と共催で創業セミナーをやりたい、別表でいうとどれ', facts: [], why: 'co-hosting wanted is the project' },
    // Review 29: the new fact words said of a project, or of what the text holds, ask no fact.
    { q: '地元の有名な農産物を使って販路を広げたい', facts: [], why: 'something famous put to use is 別表1ウ’s project' },
    { q: '圏域の有名なお祭りは地域振興のどの取組？', facts: [], why: 'a row asked for something famous' },
    { q: '萩市の有名な温泉は？', facts: [STATUS_TERM], why: 'what is famous, asked, is taste' },
    { q: 'イベント一覧を作って外に発信したい', facts: [], why: 'a list made is 別表3(2)イ’s project, none asked for' },
    { q: 'イベントの一覧ってある？', facts: [PERSON_TERM], why: 'a list of events asked for' },
    { q: '防災に有効なのは、どの取組？', facts: [], why: 'a row asked, not validity' },
    { q: 'スポーツ大会の会場、宿泊の手配を市町で協力してやりたい', facts: [], why: 'a venue among a project’s needs, no venue asked' },
    { q: '取組はどれだけあるの？', facts: [], why: 'the annex’s rows counted, no amount left unstated' },
    { q: '協約書はどれだけ作るの？', facts: [], why: 'the 末文’s ２通' },
    { q: '連絡会議はどれだけの頻度で開くの？', facts: [WHEN_TERM], why: 'a frequency, 第5条’s 毎年度, no figure' },
    { q: '専決処分の事務について職員研修を合同でやりたい', facts: [], why: '専決 as a subject of 別表3(3)ア’s training, no decision delegated' },
    { q: '変更は副市長の専決でいける？', facts: [PROCEDURE_TERM], why: 'a decision delegated' },
    { q: '災害時に要支援者の個人情報を共有して相互に支援したい', facts: [], why: 'sharing data is 別表3(1)エ’s project, no rule asked' },
    { q: '海外の姉妹都市から観光客を呼び込みたい', facts: [], why: 'visitors from sister cities are 別表1エ’s project' },
    { q: '姉妹都市との交流で国内外から観光客を呼ぶ取組はどれ？', facts: [], why: 'a row asked for sister-city visitors' },
    { q: '中小事業者はどこの取組で支援される？', facts: [], why: 'where in the text, 別表1イ, not a firm’s name' },
    { q: '防災の日にちなんだ合同訓練をやりたい', facts: [], why: '日にちなんだ holds no 日にち' },
    { q: 'ひにちじょうを味わえる観光ツアーをつくりたい', facts: [], why: 'ひにちじょう (非日常) holds no ひにち' },
    { q: 'バスと鉄道を併用できる共通乗車券をつくりたい', facts: [], why: 'a project that allows combining, no grant asked' },
    { q: '協約を変更できるのは甲と乙の協議だけ？', facts: [], why: 'who may change the agreement is 第6条’s, no service’s user' },
    { q: '山口市との協約以外に、宇部市との協約もあるの？', facts: [], why: 'the other version, 注記2’s, no agreement elsewhere' },
    { q: '乙って具体的に誰のこと？', facts: [], why: 'what a party stands for, the 前文’s' },
    { q: '心身の不調を抱える高齢者への福祉サービスを連携したい', facts: [], why: '不調 of health is 別表3(1)ア’s matter, no talks failed' },
    { q: 'バスがなくなったらどうなるか心配なので、地域公共交通を一緒に守りたい', facts: [], why: 'a consequence wondered about as a project’s reason' },
    { q: '協議がまとまらなかったらどうなるか知りたい', facts: [CONTINGENCY_TERM], why: 'wanting to know still asks' },
    { q: '施策の効果がどれほどあったか一緒に検証したい', facts: [], why: 'an amount wondered about as 別表3(3)ア’s work' },
    { q: '観光客がどれだけ増えたか知りたい', facts: [FIGURE_TERM], why: 'wanting to know an amount still asks it' },
    { q: '日取りを合わせて合同のお祭りを開き地域振興したい', facts: [], why: 'a day aligned in a project, none asked' },
    { q: 'どこのしでも つかえる こそだてしえんに したい', facts: [], why: 'どこのしでも is any city, no venue' },
    { q: '事業者誰でも参加できる商談会を開いて販路を広げたい', facts: [], why: 'any firm, no firm’s name' },
    { q: '連携する取組の数はどれだけ？', facts: [], why: 'the annex’s rows counted' },
    { q: '協約以外に宇部市が結んでいる防災協定は？', facts: [ELSEWHERE_TERM], why: 'another agreement of 宇部市’s, not the other version' },
    { q: '宇部市版の協約は山口市との協約以外にもう一つ作るってこと？', facts: [], why: 'the other version, 注記2’s' },
    { q: 'Which overseas markets does the region prioritise for inbound tourism?', facts: [PLACE_TERM], why: 'which countries, in English' },
    { q: 'Which department at Yamaguchi City is in charge of the partnership?', facts: [SOURCE_TERM], why: 'an office, in English' },
    { q: 'How do I renew the residence card of a foreign resident?', facts: [PROCEDURE_TERM], why: 'a procedure, in English' },
    { q: 'What role does JNTO play in the region’s tourism strategy?', facts: [ELSEWHERE_TERM], why: 'a body that is no party, in English' },
    { q: 'Our sister city asked how often the municipalities meet under the agreement.', facts: [WHEN_TERM], why: 'a sister city asking is no party asked about' },
    // English ways of asking what the agreements leave open (facts/english.ts), and their near misses.
    { q: 'What is the subsidy rate for SMEs under the strategic industry row?', facts: [FIGURE_TERM], why: 'a rate is a figure' },
    { q: 'What is the shelter capacity in Mine during typhoons?', facts: [FIGURE_TERM], why: 'a capacity is a figure' },
    { q: 'How long does the agreement stay in force?', facts: [FIGURE_TERM], why: 'a term counts years; the date line states none' },
    { q: 'Does the agreement fix how much each city pays, or is that decided separately?', facts: [], why: 'whether the text states the shares is 第4条’s' },
    { q: 'Is there any budget figure in the agreement itself, or how does it deal with costs?', facts: [], why: 'whether the text states a budget, 第4条' },
    { q: 'What is the deadline for submitting project proposals?', facts: [WHEN_TERM], why: 'a deadline is a date' },
    { q: 'What are the dates of this year’s relocation seminars?', facts: [WHEN_TERM, DATE_TERM], why: 'dates, plural, of this year’s events' },
    { q: 'Who represents Hagi at the section chiefs’ meeting? Name and section please.', facts: [PERSON_TERM], why: 'a representative by name' },
    { q: 'Who manages the region’s Instagram account?', facts: [PERSON_TERM], why: 'who runs an account is a person' },
    { q: 'Which travel agency is the region’s partner for inbound tours?', facts: [PERSON_TERM], why: 'a firm by name' },
    { q: 'Who is in charge of tourism under the agreement?', facts: [], why: 'a role, which the annex states' },
    { q: 'Who keeps the counterparts of the agreement?', facts: [], why: 'a counterpart kept is a copy, the 末文’s' },
    { q: 'What is the email address of the liaison office?', facts: [SOURCE_TERM], why: 'an email address is whom to contact' },
    { q: 'We want a joint English website to attract movers. Which row is relocation promotion?', facts: [], why: 'a website made, not one asked for' },
    { q: 'What kind of visa do foreign nurses need?', facts: [PROCEDURE_TERM], why: 'a visa is an immigration procedure' },
    { q: 'Who formally approves the yearly project plan?', facts: [PROCEDURE_TERM], why: 'who approves a plan, which the drafts do not say' },
    { q: 'Who approves a change to the agreement?', facts: [], why: 'the approval of a change is 第6条’s' },
    { q: 'What insurance covers volunteers at the joint disaster drill?', facts: [TERMS_OF_USE_TERM], why: 'an insurance is a term of use' },
    { q: 'Are there fines for a member that does not pay its share?', facts: [CONTINGENCY_TERM], why: 'a fine follows a breach' },
    { q: 'Is it fine to hold the liaison meeting in Ube?', facts: [], why: 'fine, the adjective, is no penalty' },
    { q: 'In the disaster mutual support, what exactly do the jichikai have to do?', facts: [ELSEWHERE_TERM], why: 'a body that is no party, by its duties' },
    { q: 'What is the role of the prefectural international association under the agreement?', facts: [ELSEWHERE_TERM], why: 'the body named after its role' },
    { q: 'What role do business associations play in the vision roundtable?', facts: [], why: 'business associations are 別表1ア’s 経済団体' },
    { q: 'Is the agreement reviewed by an external auditor every year?', facts: [STATUS_TERM], why: 'an evaluation, which the drafts do not set' },
    // A row asked in English: the fact words describe the project (review-30).
    { q: 'Which row would a joint e-mail newsletter for people moving here fall under?', facts: [], why: 'a row asked; the e-mail is the project’s' },
    { q: 'Where would a tourism resource audit fit in the annex?', facts: [], why: 'a row asked; the audit is the project’s' },
    { q: 'Which row would a joint fare discount campaign for community buses fall under?', facts: [], why: 'a row asked; the fare is the project’s (figures-and-dates.ts reads fare too)' },
    { q: 'What part of the annex covers support for neighbourhood associations’ disaster drills?', facts: [], why: 'part of the annex is a row, no body’s part' },
    { q: 'What is the bus fare from Yamaguchi to Ube?', facts: [FIGURE_TERM], why: 'a fare asked straight is still a figure' },
    { q: 'What is the role of each party in strengthening the region’s management capacity?', facts: [], why: 'management capacity is 別表3(3)ア’s 能力, no figure' },
    { q: 'Does capacity building for staff count as cooperation?', facts: [], why: 'capacity building is 人材育成, no figure' },
    { q: 'Is it fine if the liaison meeting is held once a year?', facts: [], why: 'fine if, the adjective' },
    { q: 'Is there a fine for late payment?', facts: [CONTINGENCY_TERM], why: 'a fine, the noun' },
    { q: 'If a town refuses to agree, can the agreement still be changed?', facts: [], why: 'refusing a change is 第6条’s 協議' },
    { q: 'What happens if a town refuses to pay its share?', facts: [CONTINGENCY_TERM], why: 'refusing to pay is a breach' },
    { q: 'Is tourism eligible as a collaboration area?', facts: [], why: 'a field eligible asks whether the annex holds it' },
    { q: 'Who is eligible for the relocation grant?', facts: [PROCEDURE_TERM], why: 'an applicant’s eligibility' },
    { q: 'Does the agreement address the declining birth rate?', facts: [], why: 'a rate in decline is 第1条’s aim, not a figure asked' },
    { q: 'Does the tourism row aim to increase the number of foreign visitors?', facts: [], why: 'a number to increase is an aim' },
    { q: 'What is the target employment rate for the region?', facts: [FIGURE_TERM], why: 'a rate asked, no verb of change before it' },
    { q: 'Does the annex cover a week-long sports camp for children?', facts: [], why: 'week-long is no time asked' },
    { q: 'Does the agreement mention the maximum use of regional resources?', facts: [], why: 'maximum use is no figure' },
    // Question words in kana, as a kana question keeps them after its words are read.
    { q: '協約 の 締結日 は なんがつ なんにち', facts: [WHEN_TERM, DATE_TERM], why: 'なんがつ なんにち in kana' },
  ])('$q → $facts ($why)', ({ q, facts }) => {
    expect(factsAskedFor(normalizeText(q))).toEqual(facts);
  });

  it('reads a member named before 都市圏 as this 圏域, another place as another region', () => {
    const places = ['防府市', '防府', '山陽小野田市'];
    expect(factsAskedFor(normalizeText('防府市の連携中枢都市圏での役割は？'), places)).toEqual([]);
    expect(factsAskedFor(normalizeText('協約の連携中枢都市圏ってどこ？'), places)).toEqual([]);
    expect(factsAskedFor(normalizeText('北九州の連携中枢都市圏での役割は？'), places)).toEqual([ELSEWHERE_TERM]);
  });

  it('reads a prefecture named before a member as where the member is, not the prefecture asked', () => {
    const places = ['津和野町', '津和野', '萩市'];
    // 島根県の…役割 would be the prefecture's part; before 津和野町 it is the town's address.
    expect(factsAskedFor(normalizeText('島根県の津和野町の役割は？'), places)).toEqual([]);
    expect(factsAskedFor(normalizeText('島根県の津和野町との連携の取組は？'), places)).toEqual([]);
    // The prefecture's own agreement, a member named elsewhere in the question: still another's.
    expect(factsAskedFor(normalizeText('津和野町は島根県の協約にも入ってる？'), places)).toEqual([ELSEWHERE_TERM]);
    expect(factsAskedFor(normalizeText('島根県の役割は？'), places)).toEqual([ELSEWHERE_TERM]);
  });

  it.each([
    // Named as a party of an agreement, or alone: these documents are not its agreement.
    { q: '周南市と山口市の連携協約の中身', facts: [OUTSIDER_TERM], why: 'a party of the agreement asked about' },
    { q: '下松市とも協定を結べる？', facts: [OUTSIDER_TERM], why: 'とも結べる: a party' },
    { q: '周南市は乙になれる？', facts: [OUTSIDER_TERM], why: 'a party symbol' },
    { q: '柳井市は？', facts: [OUTSIDER_TERM], why: 'the name alone' },
    { q: '周南市は災害対策で何を担当する？', facts: [OUTSIDER_TERM], why: 'asked its part, as if it were a party' },
    { q: '柳井市の観光での役割', facts: [OUTSIDER_TERM], why: 'its role in a policy area' },
    { q: '下関市は災害時にどんな応援をする？', facts: [OUTSIDER_TERM], why: 'どんな…する asks its part too' },
    { q: '下関市を経由するバスを圏域で走らせたい', facts: [], why: 'を経由: a place on the route, no party' },
    { q: '下関市の観光客を呼び込む担当は？', facts: [], why: 'の観光客: visitors from there, the role asked is a member’s' },
    { q: '福岡市が近いので、福岡市向けのPRはどの市が担当？', facts: [], why: 'the role is asked in another clause, of the members' },
    { q: '周南市が圏域に加わらなかった理由は？', facts: [OUTSIDER_TERM], why: 'named as one that is not a party: a reason no passage gives' },
    { q: '周南市の人もイベントに参加できる？', facts: [], why: 'its residents take part in an event (別表3(1)ウ), the city is no party' },
    // Named as where people come from or go, or a route's end: the topic is the annex row's.
    { q: '福岡市や広島市からの観光客を呼びたい', facts: [], why: 'visitors from outside are 別表1エ’s 誘客' },
    { q: '下関市からの移住者を増やしたい', facts: [], why: 'movers from outside are 別表3(2)イ' },
    { q: '萩市と長門市を結ぶバスを守りたい', facts: [], why: '結ぶ of a bus route is no agreement' },
    { q: '周南市に通勤する人のための交通', facts: [], why: 'a commute, 公共交通' },
    { q: '周南市から観光客を呼ぶのは協約のどこ？', facts: [], why: 'から: where visitors come from, though 協約 is named' },
    { q: 'Which agreement covers Ube City and Shimonoseki City?', facts: [OUTSIDER_TERM], why: 'a neighbour named in English beside an agreement' },
    { q: 'Is there a tourism event in Shimonoseki?', facts: [], why: 'a place, no party' },
    { q: 'Does the agreement cover bus service to Shimonoseki?', facts: [], why: 'a route to a place, beside agreement: no party' },
  ])('$q → $facts with the neighbours ($why)', ({ q, facts }) => {
    expect(factsAskedFor(normalizeText(q), [], ['下関市', '下松市', '周南市', '柳井市', '長門市', '福岡市', '広島市', 'shimonoseki'])).toEqual(facts);
  });

  it('reads a kana question read in kanji past the spaces typed between its words', () => {
    // 連絡会議 の 場所 は どこ: what rewriteKanaQuestion makes of れんらくかいぎ の ばしょ は どこ.
    expect(factsAskedFor('連絡会議 の 場所 は どこ?')).toEqual([PLACE_TERM]);
    // English keeps its spaces.
    expect(factsAskedFor('who chairs the meeting?')).toEqual([PERSON_TERM]);
  });

  it('finds the facts the agreements state: dates, 毎年度 (copies are no figure asked for)', () => {
    // Copies are not what 何人 or いくら ask for: the date line is the only fact here.
    expect(factsStatedIn('本協約書２通を作成し、甲及び乙が記名押印の上、それぞれ各１通を保有する。\n平成２９年 月 日')).toEqual([WHEN_TERM]);
    expect(factsStatedIn('負担金は１００万円とする。')).toEqual([FIGURE_TERM]);
    expect(factsStatedIn('毎年度、連絡会議を開催するものとする。')).toEqual([WHEN_TERM]);
    expect(factsStatedIn('災害対策に取り組む。')).toEqual([]);
    // The seed's first note states how far the talks have got: 案の検討の経緯は？ is its question.
    expect(factsStatedIn('連携協約については、第１回…幹事会（担当課長会議）において、協議を進めています。')).toEqual([STATUS_TERM]);
    // Only a day's date dates one occurrence; the 末文's blank date line does not.
    expect(factsStatedIn('令和７年７月２６日に開催する。')).toEqual([WHEN_TERM, DATE_TERM]);
  });
});

describe('vocabulary file', () => {
  const rows = new Set(['別表3(2)ア', '別表1エ']);
  it('loads the shipped vocabulary: hundreds of terms over all 19 rows, and outside terms', () => {
    const text = readFileSync(join(DEFAULT_CORPUS_DIR, 'vocabulary.yml'), 'utf8');
    const all = new Set(engine.listAnnexRows().map((r) => r.ref));
    const vocabulary = parseVocabulary('corpus/vocabulary.yml', text, all);
    expect(new Set(vocabulary.areas.map((a) => a.row))).toEqual(all);
    expect(vocabulary.areas.reduce((n, a) => n + a.terms.length, 0)).toBeGreaterThanOrEqual(500);
    expect(vocabulary.outside.length).toBeGreaterThanOrEqual(100);
  });
  it('stops with one line naming a row that does not exist', () => {
    const text = 'areas:\n  - row: 別表9ア\n    source: test\n    terms: [乗合タクシー]\n';
    expect(() => parseVocabulary('v.yml', text, rows)).toThrow(/^v\.yml: areas\[0\]\.row: unknown annex row "別表9ア" \(line 2\)$/u);
  });
  it('names a misspelt key', () => {
    const text = 'areas:\n  - row: 別表1エ\n    source: test\n    term: [ガイド]\n';
    expect(() => parseVocabulary('v.yml', text, rows)).toThrow(/^v\.yml: areas\[0\]: unknown key "term" \(line 4\)$/u);
  });
});
