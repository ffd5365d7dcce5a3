import { readFileSync } from 'node:fs';
import { parse } from 'dotenv';
import { describe, expect, it } from 'vitest';
import { CodedError, ErrorCode } from '../../src/core/errors.ts';
import { SLACK_ENV_VARIABLES } from '../../src/slack/read-slack-config.ts';
import { readSlackConfig } from '../../src/slack/start-slack-app.ts';

const BOT = 'xoxb-1-2-abc';
const APP = 'xapp-1-A1-2-def';

describe('readSlackConfig', () => {
  it('returns undefined when no Slack variable is set, so the caller runs without Slack', () => {
    expect(readSlackConfig({})).toBeUndefined();
    // Blank lines copied from .env.example mean "not set".
    expect(readSlackConfig({ SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: ' ', LOG_LEVEL: 'debug' })).toBeUndefined();
  });

  it('chooses Socket Mode with an app token', () => {
    expect(readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP })).toEqual({
      mode: 'socket',
      botToken: BOT,
      appToken: APP,
      slackApiUrl: undefined,
      logLevel: 'info',
      logQuestions: true,
    });
  });

  it('chooses Socket Mode even when a signing secret is set too', () => {
    // A city hall network has no public URL: the app token wins.
    expect(readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_SIGNING_SECRET: 'secret' })?.mode).toBe('socket');
  });

  it('chooses HTTP mode with a signing secret, on PORT or 3000', () => {
    expect(readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 'abc123' })).toEqual({
      mode: 'http',
      botToken: BOT,
      signingSecret: 'abc123',
      port: 3000,
      slackApiUrl: undefined,
      logLevel: 'info',
      logQuestions: true,
    });
    expect(readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 'abc123', PORT: '8080' })).toMatchObject({ port: 8080 });
  });

  it('reads SLACK_API_URL (ending it with a slash) and LOG_LEVEL', () => {
    // The Web API client appends the method name to the base URL.
    expect(readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'http://127.0.0.1:9/api', LOG_LEVEL: 'WARN' })).toMatchObject({
      slackApiUrl: 'http://127.0.0.1:9/api/',
      logLevel: 'warn',
    });
  });

  it('reads LOG_QUESTIONS=false (any case); unset or true keeps questions in the logs', () => {
    expect(readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, LOG_QUESTIONS: 'FALSE' })?.logQuestions).toBe(false);
    expect(readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, LOG_QUESTIONS: 'true' })?.logQuestions).toBe(true);
    expect(readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, LOG_QUESTIONS: '' })?.logQuestions).toBe(true);
  });

  const failures: { why: string; env: Record<string, string>; names: string }[] = [
    { why: 'LOG_QUESTIONS that is not true or false', env: { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, LOG_QUESTIONS: 'no' }, names: 'LOG_QUESTIONS' },
    { why: 'an app token without a bot token', env: { SLACK_APP_TOKEN: APP }, names: 'SLACK_BOT_TOKEN' },
    { why: 'a signing secret without a bot token', env: { SLACK_SIGNING_SECRET: 's' }, names: 'SLACK_BOT_TOKEN' },
    // A user token (xoxp-) would act as a person: refuse it.
    { why: 'a bot token of the wrong kind', env: { SLACK_BOT_TOKEN: 'xoxp-1-2', SLACK_APP_TOKEN: APP }, names: 'SLACK_BOT_TOKEN' },
    { why: 'an app token of the wrong kind', env: { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: 'xoxb-9' }, names: 'SLACK_APP_TOKEN' },
    { why: 'a bot token with neither app token nor signing secret', env: { SLACK_BOT_TOKEN: BOT }, names: 'SLACK_APP_TOKEN' },
    { why: 'a port that is not an integer', env: { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 's', PORT: '80a' }, names: 'PORT' },
    { why: 'a port out of range', env: { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 's', PORT: '70000' }, names: 'PORT' },
    { why: 'an API URL that is not a URL', env: { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'slack.com/api' }, names: 'SLACK_API_URL' },
    { why: 'an API URL that is not http(s)', env: { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'ftp://x/' }, names: 'SLACK_API_URL' },
    { why: 'credentials in the API URL', env: { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'http://proxyuser:s3cretPassw0rd@proxy.example:8080/api/' }, names: 'SLACK_API_URL' },
    { why: 'a user name alone in the API URL', env: { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'https://proxyuser@proxy.example/api/' }, names: 'SLACK_API_URL' },
    // The client appends the method: ?key=X would become ?key=X/chat.postMessage.
    { why: 'a query string in the API URL', env: { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'https://proxy.example/api/?key=X' }, names: 'SLACK_API_URL' },
    { why: 'a fragment in the API URL', env: { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'https://proxy.example/api/#x' }, names: 'SLACK_API_URL' },
    { why: 'an unknown log level', env: { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, LOG_LEVEL: 'verbose' }, names: 'LOG_LEVEL' },
  ];
  it.each(failures)('stops with one line naming $names for $why', ({ env, names }) => {
    let caught: unknown;
    try {
      readSlackConfig(env);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CodedError);
    const error = caught as CodedError;
    expect(error.code).toBe(ErrorCode.ConfigInvalid);
    expect(error.message).toContain(names);
    expect(error.message).not.toContain('\n');
    // The message names the variable, never its value: a token must not reach a log.
    for (const value of Object.values(env)) if (value.startsWith('xox') || value.startsWith('xapp')) expect(error.message).not.toContain(value);
    // Nor a password, a user name or a key from SLACK_API_URL.
    for (const secret of ['s3cretPassw0rd', 'proxyuser', 'key=X']) expect(error.message).not.toContain(secret);
  });
});

describe('.env.example', () => {
  const example = parse(readFileSync(new URL('../../.env.example', import.meta.url), 'utf8'));

  it('documents exactly the variables the bot reads', () => {
    expect(Object.keys(example).sort()).toEqual([...SLACK_ENV_VARIABLES].sort());
  });

  it('copied as is, starts the console rather than failing', () => {
    // Every value is blank until filled in, and blank means unset.
    expect(readSlackConfig(example)).toBeUndefined();
  });
});
