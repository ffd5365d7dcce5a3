/**
 * manifest.yml: valid against Slack's manifest schema, and declaring exactly what the code handles
 * (events, the slash command, interactivity, scopes), compared against src/slack's constants.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderAnswerBlocks } from '../src/slack/render/render-answer-blocks.ts';
import { renderHomeView } from '../src/slack/render/render-home-view.ts';
import { BOT_SCOPES, HANDLED_ACTION_IDS, HANDLED_COMMANDS, HANDLED_EVENTS } from '../src/slack/surface.ts';
import { makeAnnexAnswer, makeArticleAnswer, makeResult } from './support/answer-fixtures.ts';
import { findElements } from './support/fake-slack.ts';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCHEMA_PATH = resolve(REPO_ROOT, '../shared/slack/manifest.schema.1.0.0.json');

interface Manifest {
  display_information: { name: string; description?: string };
  features: {
    app_home?: { home_tab_enabled?: boolean; messages_tab_enabled?: boolean; messages_tab_read_only_enabled?: boolean };
    bot_user?: { display_name: string };
    slash_commands?: { command: string; url?: string }[];
  };
  oauth_config: { scopes: { bot?: string[]; user?: string[] } };
  settings: {
    event_subscriptions?: { bot_events?: string[]; user_events?: string[]; request_url?: string };
    interactivity?: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled?: boolean;
  };
}

const manifest = parse(readFileSync(resolve(REPO_ROOT, 'manifest.yml'), 'utf8')) as Manifest;

function sortValues(values: Iterable<string>): string[] {
  return [...values].sort();
}

describe('manifest.yml', () => {
  it('is valid against Slack’s manifest schema', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object;
    const ajv = new Ajv({ strict: false, allErrors: true });
    // The schema uses format "uri"; ajv ships no formats, so give it one rather than ignore it.
    ajv.addFormat('uri', (value: string) => URL.canParse(value));
    const validate = ajv.compile(schema);
    const valid = validate(manifest);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is a Socket Mode app with a Japanese name, a bot user and both App Home tabs', () => {
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    // Socket Mode needs no public URL: none may be declared.
    expect(manifest.settings.event_subscriptions?.request_url).toBeUndefined();
    expect(manifest.settings.interactivity?.request_url).toBeUndefined();
    expect(manifest.features.slash_commands?.every((command) => command.url === undefined)).toBe(true);
    expect(manifest.display_information.name).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
    expect(manifest.display_information.description).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
    expect(manifest.features.bot_user?.display_name).toBeTruthy();
    expect(manifest.features.app_home).toEqual({ home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false });
  });

  it('subscribes to exactly the bot events the code handles', () => {
    expect(sortValues(manifest.settings.event_subscriptions?.bot_events ?? [])).toEqual(sortValues(HANDLED_EVENTS));
    expect(manifest.settings.event_subscriptions?.user_events).toBeUndefined();
  });

  it('declares exactly the slash commands the code handles', () => {
    expect(sortValues((manifest.features.slash_commands ?? []).map((command) => command.command))).toEqual(sortValues(HANDLED_COMMANDS));
  });

  it('asks for exactly the bot scopes the code uses, and no user scopes', () => {
    expect(sortValues(manifest.oauth_config.scopes.bot ?? [])).toEqual(sortValues(Object.keys(BOT_SCOPES)));
    expect(manifest.oauth_config.scopes.user).toBeUndefined();
  });

  it('enables interactivity, which every rendered button and select needs, and handles every action it renders', () => {
    expect(manifest.settings.interactivity?.is_enabled).toBe(HANDLED_ACTION_IDS.length > 0);
    // Everything the renderers can put in front of a user: an answer with more candidates, a
    // private answer, and the Home tab.
    const answers = [makeAnnexAnswer('連携協約1'), makeArticleAnswer('連携協約1')];
    const rendered = [
      renderAnswerBlocks(makeResult(answers), { shareable: true }).blocks,
      renderHomeView({ examples: [], annexRows: [{ ref: '別表3(1)エ', section: '3(1)', title: '災害対策' }] }).blocks,
    ].flatMap((blocks) => findElements(blocks).map((element) => String(element['action_id'])));
    // No rendered element without a handler, and no handler for an element never rendered.
    expect(sortValues(new Set(rendered))).toEqual(sortValues(HANDLED_ACTION_IDS));
  });
});
