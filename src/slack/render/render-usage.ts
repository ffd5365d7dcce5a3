/**
 * Usage and apology messages.
 */
import { KYOYAKU_COMMAND } from '../surface.ts';
import { buildSections } from './block-kit.ts';
import type { RenderedMessage } from './render-answer-blocks.ts';
import { escapeSlackText } from './escape-slack-text.ts';

/** How to ask, with example questions. */
export function renderUsage(examples: readonly string[]): RenderedMessage {
  const lines = [
    '*連携協約ボットの使い方*',
    `• \`${KYOYAKU_COMMAND} 質問\`：自分だけに答えを表示します（「チャンネルに共有」で公開できます）`,
    '• チャンネルでメンション：答えをスレッドに返します',
    '• ダイレクトメッセージ：そのまま質問してください',
  ];
  if (examples.length > 0) {
    lines.push('', '*質問の例*', ...examples.slice(0, 5).map((example) => `• ${escapeSlackText(example)}`));
  }
  const text = lines.join('\n');
  return { text: `連携協約ボットの使い方：${KYOYAKU_COMMAND} 質問`, blocks: buildSections(text) };
}

/** The short apology posted when answering failed. */
export function renderApology(): RenderedMessage {
  const text = 'すみません、回答中にエラーが発生しました。しばらくしてからもう一度お試しください。';
  return { text, blocks: buildSections(text) };
}
