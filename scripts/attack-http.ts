/**
 * HTTP mode under hostile traffic: the real bot (what `npm start` runs, dist/main.js, a child process,
 * so its memory is its own) in HTTP mode, the Slack stand-in (test/support/fake-slack.ts) in this
 * process, and 120 connections each sending an unfinished ~3.9 MB body.
 *
 *   npm run attack-http [connections]
 *
 * Prints the sizes of the largest payloads Slack can send (the body limit rests on them), then, for
 * each attack: the bot's RSS before and at its peak during the attack (sampled from /proc every
 * 50 ms), how many connections the bot closed, whether a signed question sent during the attack is
 * still answered, and how long SIGTERM takes with the attack connections still open.
 *
 * The control row runs the same steps with no attacking connection: the bot's RSS grows by itself
 * meanwhile (the engine warms up in the background after start), which is not the attack's doing.
 *
 * Attacks: unsigned bodies declaring their length (what a port scanner or a careless client
 * sends); bodies with a well-formed forged signature and no declared length (chunked), which the
 * bot must read up to its limit before it can tell they are forged.
 */
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { FakeSlack, FAKE_BOT_USER_ID } from '../test/support/fake-slack.ts';
import { spawnBot, TEST_BOT_TOKEN, TEST_SIGNING_SECRET, type SpawnedBot } from '../test/support/start-bot.ts';
import { measurePayloadSizes } from './lib/slack-payload-sizes.ts';

const CONNECTIONS = Number(process.argv[2] ?? 120);
const BODY_BYTES = 3_900_000;
const ATTACK_MS = 6_000;
const STOP_WAIT_MS = 30_000;
const CHUNK = Buffer.alloc(64 * 1024, 0x61);

type AttackKind = 'none (control)' | 'unsigned, Content-Length' | 'forged signature, chunked';

interface AttackFigures {
  readonly kind: AttackKind;
  readonly rssBeforeMb: number;
  readonly rssPeakMb: number;
  readonly closedByBot: number;
  readonly answeredDuringAttack: boolean;
  readonly sigtermExitMs: number;
  readonly exitCode: number | null | 'SIGKILL';
}

function readRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

function sign(body: string, timestamp: number): string {
  return `v0=${createHmac('sha256', TEST_SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

async function startBot(fake: FakeSlack): Promise<{ bot: SpawnedBot; port: number }> {
  const bot = spawnBot({ SLACK_BOT_TOKEN: TEST_BOT_TOKEN, SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, PORT: '0', SLACK_API_URL: fake.apiUrl });
  const deadline = Date.now() + 60_000;
  for (;;) {
    const started = bot.logs.find((line) => line['event'] === 'slack_app_started');
    if (started !== undefined) return { bot, port: Number(started['port']) };
    if (Date.now() > deadline || bot.child.exitCode !== null) throw new Error(`the bot did not start\n${bot.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Opens one attacking connection that sends headers and then body chunks as fast as it may, never finishing. */
function openAttacker(port: number, kind: AttackKind, onClosed: () => void): Socket {
  const socket = connect(port, '127.0.0.1');
  let sent = 0;
  const chunked = kind === 'forged signature, chunked';
  const pump = (): void => {
    while (sent < BODY_BYTES - CHUNK.length) {
      const piece = chunked ? Buffer.concat([Buffer.from(`${CHUNK.length.toString(16)}\r\n`), CHUNK, Buffer.from('\r\n')]) : CHUNK;
      sent += CHUNK.length;
      if (!socket.write(piece)) {
        socket.once('drain', pump);
        return;
      }
    }
    // Stop short of the end: the request stays unfinished.
  };
  socket.on('connect', () => {
    const timestamp = Math.floor(Date.now() / 1000);
    const head = chunked
      ? `POST /slack/events HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nX-Slack-Request-Timestamp: ${timestamp}\r\nX-Slack-Signature: v0=${'0'.repeat(64)}\r\n\r\n`
      : `POST /slack/events HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\nContent-Length: ${BODY_BYTES}\r\n\r\n`;
    socket.write(head);
    pump();
  });
  // Read what the bot answers (discarded): a socket that does not read never notices it was closed.
  socket.resume();
  socket.on('error', () => undefined);
  socket.on('close', onClosed);
  return socket;
}

async function sendSignedQuestion(fake: FakeSlack, port: number, ts: string): Promise<boolean> {
  const body = JSON.stringify(fake.buildEventBody({ type: 'app_mention', user: 'U0USER0001', text: `<@${FAKE_BOT_USER_ID}> 第4条`, ts, channel: 'C0CHANNEL1' }));
  const timestamp = Math.floor(Date.now() / 1000);
  try {
    await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': sign(body, timestamp) },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    await fake.waitForCall('chat.postMessage', (call) => call.args['thread_ts'] === ts, 10_000);
    return true;
  } catch {
    return false;
  }
}

async function runAttack(fake: FakeSlack, kind: AttackKind, index: number): Promise<AttackFigures> {
  const { bot, port } = await startBot(fake);
  const pid = bot.child.pid ?? 0;
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const rssBeforeMb = readRssMb(pid);
  let rssPeakMb = rssBeforeMb;
  const sampler = setInterval(() => {
    try {
      const rss = readRssMb(pid);
      // A zombie (exited, not yet reaped) has no VmRSS.
      if (Number.isFinite(rss)) rssPeakMb = Math.max(rssPeakMb, rss);
    } catch {
      // The process has exited.
    }
  }, 50);
  let closedByBot = 0;
  let stopping = false;
  const sockets: Socket[] = [];
  const connections = kind === 'none (control)' ? 0 : CONNECTIONS;
  for (let i = 0; i < connections; i += 1) {
    sockets.push(
      openAttacker(port, kind, () => {
        if (!stopping) closedByBot += 1;
      }),
    );
  }
  const answeredDuringAttack = await sendSignedQuestion(fake, port, `17300${index}0000.000001`);
  await new Promise((resolve) => setTimeout(resolve, ATTACK_MS));
  // A fresh wave, left open while the bot is asked to stop.
  for (let i = 0; i < connections; i += 1) sockets.push(openAttacker(port, kind, () => undefined));
  await new Promise((resolve) => setTimeout(resolve, 500));
  const closedBeforeStop = closedByBot;
  stopping = true;
  const stopStarted = performance.now();
  // systemd's TimeoutStopSec (docs/operations.md) is 20 s; give it half again before killing.
  const exitCode = await bot.stop('SIGTERM', STOP_WAIT_MS).catch(() => 'SIGKILL' as const);
  const sigtermExitMs = performance.now() - stopStarted;
  clearInterval(sampler);
  for (const socket of sockets) socket.destroy();
  return { kind, rssBeforeMb, rssPeakMb, closedByBot: closedBeforeStop, answeredDuringAttack, sigtermExitMs, exitCode };
}

console.log('largest payloads Slack can send this bot (bytes on the wire):\n');
for (const size of await measurePayloadSizes()) console.log(`${String(size.bytes).padStart(9)}  ${size.what}`);

const fake = await FakeSlack.start();
try {
  console.log(`\n${CONNECTIONS} connections, each an unfinished ${(BODY_BYTES / 1e6).toFixed(1)} MB body, for ${ATTACK_MS / 1000} s; then ${CONNECTIONS} more, and SIGTERM\n`);
  const kinds: AttackKind[] = ['none (control)', 'unsigned, Content-Length', 'forged signature, chunked'];
  console.log(`${'attack'.padEnd(28)}${'RSS before'.padStart(12)}${'RSS peak'.padStart(10)}${'closed by bot'.padStart(15)}${'answered'.padStart(10)}${'SIGTERM → exit'.padStart(16)}${'code'.padStart(8)}`);
  for (const [index, kind] of kinds.entries()) {
    const f = await runAttack(fake, kind, index);
    console.log(
      `${f.kind.padEnd(28)}${`${f.rssBeforeMb.toFixed(0)} MB`.padStart(12)}${`${f.rssPeakMb.toFixed(0)} MB`.padStart(10)}${`${f.closedByBot}/${f.kind === 'none (control)' ? 0 : CONNECTIONS}`.padStart(15)}${String(f.answeredDuringAttack).padStart(10)}${`${f.sigtermExitMs.toFixed(0)} ms`.padStart(16)}${String(f.exitCode).padStart(8)}`,
    );
  }
} finally {
  await fake.close();
}
