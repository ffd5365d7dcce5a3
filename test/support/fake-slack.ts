/**
 * A stand-in for Slack's servers on 127.0.0.1, for end-to-end tests of the real Bolt app: the Web
 * API methods the bot calls, response URLs, and a Socket Mode WebSocket endpoint that sends
 * envelopes and collects acks. Every call is recorded so tests can await them.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** One Web API call the bot made. */
export interface ApiCall {
  readonly method: string;
  readonly args: Record<string, unknown>;
  /** The token the call carried (Authorization header or `token` field). */
  readonly token: string | undefined;
  /** When the request arrived (performance.now() of this process). */
  readonly at: number;
  /** What the fake answered, once it has: the HTTP status and the body's `ok`. */
  readonly response?: { readonly status: number; readonly ok: boolean; readonly at: number };
}

/** One envelope sent to the bot over Socket Mode, with when it was sent and acked. */
export interface SentEnvelope {
  readonly envelopeId: string;
  readonly type: string;
  /** `event_id` of an events_api envelope. */
  readonly eventId: string | undefined;
  readonly retryAttempt: number;
  /** performance.now() just before the frame was written. */
  readonly sentAt: number;
  /** performance.now() when the bot's ack arrived; undefined until then. */
  readonly ackedAt?: number;
  /** True once redeliverUnacked() has sent it again. */
  readonly redelivered?: boolean;
}

/** A failure injected into the next call(s) of a method. */
type InjectedFailure = (
  | { readonly kind: 'platform'; readonly error: string }
  | { readonly kind: 'http'; readonly status: number; readonly headers: Record<string, string>; readonly body: string }
) & {
  /** Only calls to this channel fail; others pass it by. */
  readonly channel?: string;
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * How the stand-in is down: `refuse` closes the port (connection refused), `http-500` answers every
 * request 500 and refuses WebSocket upgrades, `hang` accepts requests and upgrades and never
 * answers (the client times out), `hang-websocket` answers the Web API but never completes an
 * upgrade (a WebSocket that never says hello).
 */
export type OutageMode = 'refuse' | 'http-500' | 'hang' | 'hang-websocket';

/** One POST to a response URL. */
export interface ResponsePost {
  readonly id: string;
  readonly body: Record<string, unknown>;
}

/** What the bot sent back for an envelope. */
export interface SocketAck {
  readonly envelope_id: string;
  readonly payload?: Record<string, unknown>;
}

/** Identity of the fake workspace and bot. */
export const FAKE_TEAM_ID = 'T0TEST0001';
export const FAKE_APP_ID = 'A0TEST0001';
export const FAKE_BOT_USER_ID = 'U0BOT00001';
export const FAKE_BOT_ID = 'B0BOT00001';

const DEFAULT_WAIT_MS = 5000;
const POLL_MS = 10;

/** The stand-in server. Start with FakeSlack.start(); always close(). */
export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responsePosts: ResponsePost[] = [];
  readonly acks: SocketAck[] = [];
  /** Every envelope sent to the bot, in order. */
  readonly envelopes: SentEnvelope[] = [];
  /** Frames the bot sent that were not acks (should stay empty). */
  readonly otherFrames: string[] = [];
  connectionsOpened = 0;

  readonly #server: Server;
  readonly #wss: WebSocketServer;
  readonly #sockets = new Set<WebSocket>();
  readonly #listeners = new Set<() => void>();
  readonly #failures = new Map<string, InjectedFailure[]>();
  readonly #envelopesById = new Map<string, Mutable<SentEnvelope> & { readonly frame: Record<string, unknown> }>();
  readonly #delays = new Map<string, number>();
  /** Requests and upgrade sockets held open by a `hang` outage, destroyed when it ends. */
  readonly #hung = new Set<{ destroy(): unknown }>();
  #outage: OutageMode | undefined;
  #counter = 0;
  #port = 0;

  private constructor() {
    this.#server = createServer((req, res) => {
      void this.#handleHttp(req, res);
    });
    this.#wss = new WebSocketServer({ noServer: true });
    this.#server.on('upgrade', (req, socket, head) => {
      if (this.#outage === 'http-500') {
        socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      if (this.#outage === 'hang' || this.#outage === 'hang-websocket') {
        this.#hung.add(socket);
        return;
      }
      if (!(req.url ?? '').startsWith('/link')) {
        socket.destroy();
        return;
      }
      this.#wss.handleUpgrade(req, socket, head, (ws) => this.#onSocket(ws));
    });
  }

  /** Starts the server on an ephemeral loopback port. */
  static async start(): Promise<FakeSlack> {
    const fake = new FakeSlack();
    fake.#server.listen(0, '127.0.0.1');
    await once(fake.#server, 'listening');
    fake.#port = (fake.#server.address() as AddressInfo).port;
    return fake;
  }

  /** Base URL of the Web API, as SLACK_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api/`;
  }

  /** Base URL of the server. */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.#port}`;
  }

  /** Open Socket Mode connections. */
  get openSockets(): number {
    return [...this.#sockets].filter((ws) => ws.readyState === ws.OPEN).length;
  }

  /** The recorded calls of one method. */
  callsOf(method: string): ApiCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Makes the next call(s) of a method fail with `{ ok: false, error }`. */
  failNext(method: string, error: string, times = 1): void {
    this.#queueFailure(method, { kind: 'platform', error }, times);
  }

  /**
   * Makes the next call(s) of a method fail at the HTTP level, as Slack does when it rate-limits
   * (429 with `Retry-After: <seconds>`) or has an internal error (500, 503). The call is recorded
   * but has no effect: nothing is posted.
   */
  failNextHttp(method: string, status: number, options: { readonly times?: number; readonly retryAfterSeconds?: number; readonly channel?: string } = {}): void {
    const headers: Record<string, string> = { 'content-type': status === 429 ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8' };
    if (options.retryAfterSeconds !== undefined) headers['retry-after'] = String(options.retryAfterSeconds);
    const body = status === 429 ? JSON.stringify({ ok: false, error: 'ratelimited' }) : `<html><body>${status} Internal Server Error</body></html>`;
    this.#queueFailure(method, { kind: 'http', status, headers, body, ...(options.channel === undefined ? {} : { channel: options.channel }) }, options.times ?? 1);
  }

  /** The first queued failure of the method that applies to this call, removed from the queue. */
  #takeFailure(method: string, args: Record<string, unknown>): InjectedFailure | undefined {
    const queue = this.#failures.get(method) ?? [];
    const index = queue.findIndex((failure) => failure.channel === undefined || failure.channel === args['channel']);
    return index < 0 ? undefined : queue.splice(index, 1)[0];
  }

  #queueFailure(method: string, failure: InjectedFailure, times: number): void {
    const queue = this.#failures.get(method) ?? [];
    for (let i = 0; i < times; i += 1) queue.push(failure);
    this.#failures.set(method, queue);
  }

  /** Delays every response of a method (to hold replies in flight). */
  delay(method: string, ms: number): void {
    this.#delays.set(method, ms);
  }

  /** Resolves when a predicate (over the recorded state, or anything else) holds; rejects after `timeoutMs`. */
  async waitUntil(predicate: () => boolean, what: string, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    if (predicate()) return;
    await new Promise<void>((resolve, reject) => {
      const check = (): void => {
        if (!predicate()) return;
        cleanup();
        resolve();
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake Slack: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      // Also polled, for predicates over what the bot did while nothing reached the stand-in
      // (its port closed by an outage).
      const poll = setInterval(check, POLL_MS);
      const cleanup = (): void => {
        clearTimeout(timer);
        clearInterval(poll);
        this.#listeners.delete(check);
      };
      this.#listeners.add(check);
    });
  }

  /** Waits for the n-th call (1-based) of a method matching the predicate, and returns it. */
  async waitForCall(method: string, predicate: (call: ApiCall) => boolean = () => true, timeoutMs = DEFAULT_WAIT_MS): Promise<ApiCall> {
    let found: ApiCall | undefined;
    await this.waitUntil(
      () => {
        found = this.calls.find((call) => call.method === method && predicate(call));
        return found !== undefined;
      },
      `a ${method} call`,
      timeoutMs,
    );
    return found as ApiCall;
  }

  /** Waits for a POST to a response URL matching the predicate. */
  async waitForResponsePost(predicate: (post: ResponsePost) => boolean = () => true, timeoutMs = DEFAULT_WAIT_MS): Promise<ResponsePost> {
    let found: ResponsePost | undefined;
    await this.waitUntil(
      () => {
        found = this.responsePosts.find(predicate);
        return found !== undefined;
      },
      'a response URL post',
      timeoutMs,
    );
    return found as ResponsePost;
  }

  /** Waits until the bot holds an open Socket Mode connection. */
  async waitForSocket(timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    await this.waitUntil(() => this.openSockets > 0, 'a Socket Mode connection', timeoutMs);
  }

  /** A fresh response URL on this server. */
  newResponseUrl(): string {
    // Fixed-width ids: tests match a post to its URL with endsWith(id), and /response/12 must not
    // end with the id of post 2.
    return `${this.baseUrl}/response/r${String(this.#next()).padStart(8, '0')}`;
  }

  /** Sends a raw text frame to the bot (malformed-input tests). */
  sendRawFrame(frame: string): void {
    const socket = this.#openSocket();
    socket.send(frame);
  }

  /** Sends an envelope without waiting for the ack; returns its envelope_id. */
  postEnvelope(type: string, payload: unknown, extra: Record<string, unknown> = {}): string {
    const envelopeId = `env-${this.#next()}`;
    const frame = { envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api', ...extra };
    const socket = this.#openSocket();
    const eventId = type === 'events_api' && payload !== null && typeof payload === 'object' ? (payload as { event_id?: unknown }).event_id : undefined;
    const retryAttempt = typeof extra['retry_attempt'] === 'number' ? extra['retry_attempt'] : 0;
    const sent = { envelopeId, type, eventId: typeof eventId === 'string' ? eventId : undefined, retryAttempt, sentAt: performance.now(), frame };
    this.envelopes.push(sent);
    this.#envelopesById.set(envelopeId, sent);
    socket.send(JSON.stringify(frame));
    return envelopeId;
  }

  /** Wraps an event in an Events API envelope and sends it without waiting for the ack. */
  postEvent(event: Record<string, unknown>, options: { eventId?: string; retryAttempt?: number } = {}): { envelopeId: string; eventId: string } {
    const body = this.buildEventBody(event, options.eventId);
    const envelopeId = this.postEnvelope('events_api', body, {
      retry_attempt: options.retryAttempt ?? 0,
      retry_reason: options.retryAttempt === undefined || options.retryAttempt === 0 ? '' : 'timeout',
    });
    return { envelopeId, eventId: body['event_id'] as string };
  }

  /**
   * What Slack does with an Events API envelope the app never acked: sends it again, same event_id,
   * new envelope_id, retry_attempt + 1, retry_reason "timeout" (Slack waits longer; the tests call
   * this when they choose). Needs an open connection. Returns how many were redelivered.
   */
  redeliverUnacked(): number {
    const pending = [...this.#envelopesById.values()].filter((sent) => sent.type === 'events_api' && sent.ackedAt === undefined && sent.redelivered !== true);
    for (const sent of pending) this.#redeliver(sent);
    return pending.length;
  }

  /**
   * Sends an event again as Slack does when the app's ack never reached it (lost with a dropped
   * connection, say), even though the fake recorded one. Returns the new envelope_id.
   */
  redeliver(eventId: string): string {
    const sent = [...this.#envelopesById.values()].reverse().find((candidate) => candidate.eventId === eventId);
    if (sent === undefined) throw new Error(`fake Slack: no event ${eventId} was sent`);
    return this.#redeliver(sent);
  }

  #redeliver(sent: Mutable<SentEnvelope> & { readonly frame: Record<string, unknown> }): string {
    sent.redelivered = true;
    return this.postEnvelope('events_api', sent.frame['payload'], { retry_attempt: sent.retryAttempt + 1, retry_reason: 'timeout' });
  }

  /** Sends an envelope and resolves with the bot's ack (rejects after `timeoutMs`). */
  async sendEnvelope(type: string, payload: unknown, extra: Record<string, unknown> = {}, timeoutMs = DEFAULT_WAIT_MS): Promise<SocketAck> {
    const envelopeId = this.postEnvelope(type, payload, extra);
    let ack: SocketAck | undefined;
    await this.waitUntil(
      () => {
        ack = this.acks.find((candidate) => candidate.envelope_id === envelopeId);
        return ack !== undefined;
      },
      `the ack of ${type} envelope ${envelopeId}`,
      timeoutMs,
    );
    return ack as SocketAck;
  }

  /** Wraps an event in an Events API envelope and sends it; resolves with the ack. */
  async sendEvent(event: Record<string, unknown>, options: { eventId?: string; retryAttempt?: number } = {}): Promise<SocketAck> {
    return this.sendEnvelope('events_api', this.buildEventBody(event, options.eventId), {
      retry_attempt: options.retryAttempt ?? 0,
      retry_reason: options.retryAttempt === undefined || options.retryAttempt === 0 ? '' : 'timeout',
    });
  }

  /** An Events API body (event_callback) as Slack sends it, for Socket Mode and HTTP tests. */
  buildEventBody(event: Record<string, unknown>, eventId?: string): Record<string, unknown> {
    return {
      token: 'verification-token-legacy',
      team_id: FAKE_TEAM_ID,
      api_app_id: FAKE_APP_ID,
      event: { event_ts: event['ts'], ...event },
      type: 'event_callback',
      event_id: eventId ?? `Ev${this.#next()}`,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: FAKE_TEAM_ID, user_id: FAKE_BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
      is_ext_shared_channel: false,
    };
  }

  /** Sends a slash command; resolves with the ack and the command's response URL. */
  async sendSlashCommand(options: { text: string; userId?: string; channelId?: string; command?: string }): Promise<{ ack: SocketAck; responseUrl: string }> {
    const responseUrl = this.newResponseUrl();
    const ack = await this.sendEnvelope('slash_commands', {
      token: 'verification-token-legacy',
      team_id: FAKE_TEAM_ID,
      team_domain: 'fake',
      channel_id: options.channelId ?? 'C0CHANNEL1',
      channel_name: 'general',
      user_id: options.userId ?? 'U0USER0001',
      user_name: 'staff',
      command: options.command ?? '/kyoyaku',
      text: options.text,
      api_app_id: FAKE_APP_ID,
      is_enterprise_install: 'false',
      response_url: responseUrl,
      trigger_id: `trigger-${this.#next()}`,
    });
    return { ack, responseUrl };
  }

  /**
   * Sends a block_actions interaction for a button or select that the bot rendered. `element` is the
   * element as found in the recorded blocks; `container` says where it was.
   */
  async sendBlockAction(options: {
    element: Record<string, unknown>;
    userId?: string;
    channelId?: string;
    responseUrl?: string | null;
    container?: Record<string, unknown>;
    selectedValue?: string;
  }): Promise<{ ack: SocketAck; responseUrl: string | undefined }> {
    const responseUrl = options.responseUrl === null ? undefined : (options.responseUrl ?? this.newResponseUrl());
    const element = options.element;
    const action: Record<string, unknown> = {
      type: element['type'],
      action_id: element['action_id'],
      block_id: 'block-1',
      action_ts: `${Date.now() / 1000}`,
    };
    if (element['type'] === 'button') {
      action['value'] = element['value'];
      action['text'] = element['text'];
    }
    if (element['type'] === 'static_select') {
      action['selected_option'] = { text: { type: 'plain_text', text: options.selectedValue ?? '' }, value: options.selectedValue };
    }
    const payload: Record<string, unknown> = {
      type: 'block_actions',
      user: { id: options.userId ?? 'U0USER0001', username: 'staff', team_id: FAKE_TEAM_ID },
      api_app_id: FAKE_APP_ID,
      token: 'verification-token-legacy',
      container: options.container ?? { type: 'message', message_ts: '1700000000.000100', channel_id: options.channelId ?? 'C0CHANNEL1', is_ephemeral: false },
      trigger_id: `trigger-${this.#next()}`,
      team: { id: FAKE_TEAM_ID, domain: 'fake' },
      ...(options.container?.['type'] === 'view' ? { view: { id: 'V0HOME0001', type: 'home' } } : { channel: { id: options.channelId ?? 'C0CHANNEL1', name: 'general' } }),
      ...(responseUrl === undefined ? {} : { response_url: responseUrl }),
      actions: [action],
    };
    const ack = await this.sendEnvelope('interactive', payload);
    return { ack, responseUrl };
  }

  /** Sends Slack's `disconnect` frame, asking the bot to reconnect. */
  requestReconnect(): void {
    this.sendRawFrame(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested' }));
  }

  /**
   * The server ends every open Socket Mode connection: with a close frame (`code`, as a restarting
   * Slack pod would: 1001 going away, 1012 service restart), or, with `abrupt`, by dropping the TCP
   * connection without one. Returns how many connections it ended.
   */
  dropConnections(options: { readonly code?: number; readonly reason?: string; readonly abrupt?: boolean } = {}): number {
    const open = [...this.#sockets].filter((ws) => ws.readyState === ws.OPEN);
    for (const ws of open) {
      if (options.abrupt === true) ws.terminate();
      else ws.close(options.code ?? 1001, options.reason ?? 'server restart');
    }
    return open.length;
  }

  /** The current outage, if any. */
  get outage(): OutageMode | undefined {
    return this.#outage;
  }

  /**
   * Takes the stand-in down as a Slack or network outage would: every open Socket Mode connection
   * is dropped without a close frame, then new requests fail as `mode` says (see OutageMode).
   * Switching from one mode to another is allowed.
   */
  async startOutage(mode: OutageMode): Promise<void> {
    if (this.#outage === 'refuse' && mode !== 'refuse') await this.#listen();
    this.#outage = mode;
    for (const ws of this.#sockets) ws.terminate();
    this.#releaseHung();
    if (mode === 'refuse') {
      const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
      this.#server.closeAllConnections();
      await closed;
    } else {
      // Keep-alive connections from before would otherwise still reach a working handler.
      this.#server.closeIdleConnections();
    }
    this.#notify();
  }

  /** Slack is back: the same port answers normally again. */
  async endOutage(): Promise<void> {
    const wasRefusing = this.#outage === 'refuse';
    this.#outage = undefined;
    this.#releaseHung();
    if (wasRefusing) await this.#listen();
    this.#notify();
  }

  /** Listens again on the port of before (the bot's SLACK_API_URL names it). */
  async #listen(): Promise<void> {
    for (let tries = 1; ; tries += 1) {
      try {
        await new Promise<void>((resolve, reject) => {
          this.#server.once('error', reject);
          this.#server.listen(this.#port, '127.0.0.1', () => {
            this.#server.off('error', reject);
            resolve();
          });
        });
        return;
      } catch (error) {
        // The port is ours, but a closing connection may hold it for a moment.
        if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || tries >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  }

  #releaseHung(): void {
    for (const held of this.#hung) held.destroy();
    this.#hung.clear();
  }

  /** Closes every socket and the server. */
  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.terminate();
    this.#releaseHung();
    this.#wss.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #next(): number {
    this.#counter += 1;
    return this.#counter;
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) listener();
  }

  #openSocket(): WebSocket {
    const open = [...this.#sockets].filter((ws) => ws.readyState === ws.OPEN);
    const socket = open[open.length - 1];
    if (socket === undefined) throw new Error('fake Slack: the bot has no open Socket Mode connection');
    return socket;
  }

  #onSocket(ws: WebSocket): void {
    this.#sockets.add(ws);
    this.connectionsOpened += 1;
    ws.on('message', (data) => {
      const text = Buffer.isBuffer(data) ? data.toString('utf8') : String(data);
      try {
        const parsed = JSON.parse(text) as SocketAck;
        if (typeof parsed.envelope_id === 'string') {
          this.acks.push(parsed);
          const sent = this.#envelopesById.get(parsed.envelope_id);
          if (sent !== undefined && sent.ackedAt === undefined) sent.ackedAt = performance.now();
        } else this.otherFrames.push(text);
      } catch {
        this.otherFrames.push(text);
      }
      this.#notify();
    });
    ws.on('close', () => {
      this.#sockets.delete(ws);
      this.#notify();
    });
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        debug_info: { host: 'fake-slack', approximate_connection_time: 18060 },
        connection_info: { app_id: FAKE_APP_ID },
      }),
    );
    this.#notify();
  }

  async #handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const raw = await readBody(req);
    const outage = this.#outage;
    if ((outage === 'http-500' || outage === 'hang') && url.pathname.startsWith('/api/')) {
      this.#recordOutageCall(url, raw, req, res, outage);
      return;
    }
    if (url.pathname.startsWith('/response/')) {
      const body = parseJsonObject(raw);
      this.responsePosts.push({ id: url.pathname.slice('/response/'.length), body });
      this.#notify();
      sendJson(res, 200, { ok: true });
      return;
    }
    if (!url.pathname.startsWith('/api/')) {
      sendJson(res, 404, { ok: false, error: 'not_found' });
      return;
    }
    const method = url.pathname.slice('/api/'.length);
    const args = parseApiArgs(raw, req.headers['content-type']);
    const token = readBearer(req.headers.authorization) ?? (typeof args['token'] === 'string' ? args['token'] : undefined);
    const call: Mutable<ApiCall> = { method, args, token, at: performance.now() };
    this.calls.push(call);
    // Tell waiters at once: a delayed response is exactly a reply in flight.
    this.#notify();
    const delay = this.#delays.get(method);
    if (delay !== undefined) await new Promise((resolve) => setTimeout(resolve, delay));
    const failure = this.#takeFailure(method, args);
    if (failure?.kind === 'http') {
      call.response = { status: failure.status, ok: false, at: performance.now() };
      res.writeHead(failure.status, failure.headers);
      res.end(failure.body);
    } else {
      const reply = failure === undefined ? this.#reply(method, args, token) : { ok: false, error: failure.error };
      call.response = { status: 200, ok: reply['ok'] === true, at: performance.now() };
      sendJson(res, 200, reply);
    }
    this.#notify();
  }

  /** A Web API call during an outage: recorded, then answered 500 or never. */
  #recordOutageCall(url: URL, raw: string, req: IncomingMessage, res: ServerResponse, outage: 'http-500' | 'hang'): void {
    const args = parseApiArgs(raw, req.headers['content-type']);
    const token = readBearer(req.headers.authorization) ?? (typeof args['token'] === 'string' ? args['token'] : undefined);
    const call: Mutable<ApiCall> = { method: url.pathname.slice('/api/'.length), args, token, at: performance.now() };
    this.calls.push(call);
    if (outage === 'hang') {
      this.#hung.add(res);
    } else {
      call.response = { status: 500, ok: false, at: performance.now() };
      res.writeHead(500, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<html><body>500 Internal Server Error</body></html>');
    }
    this.#notify();
  }

  #reply(method: string, args: Record<string, unknown>, token: string | undefined): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        if (token?.startsWith('xoxb-') !== true) return { ok: false, error: 'invalid_auth' };
        return { ok: true, url: 'https://fake.slack.test/', team: 'Fake', user: 'kyoyaku', team_id: FAKE_TEAM_ID, user_id: FAKE_BOT_USER_ID, bot_id: FAKE_BOT_ID };
      case 'apps.connections.open':
        if (token?.startsWith('xapp-') !== true) return { ok: false, error: 'invalid_auth' };
        return { ok: true, url: `ws://127.0.0.1:${this.#port}/link/?ticket=${this.#next()}` };
      case 'chat.postMessage': {
        if (token?.startsWith('xoxb-') !== true) return { ok: false, error: 'not_authed' };
        const ts = `${1700000000 + this.#next()}.000100`;
        return { ok: true, channel: args['channel'], ts, message: { type: 'message', text: args['text'], ts, bot_id: FAKE_BOT_ID, user: FAKE_BOT_USER_ID } };
      }
      case 'chat.postEphemeral':
        if (token?.startsWith('xoxb-') !== true) return { ok: false, error: 'not_authed' };
        return { ok: true, message_ts: `${1700000000 + this.#next()}.000200` };
      case 'views.publish':
        if (token?.startsWith('xoxb-') !== true) return { ok: false, error: 'not_authed' };
        return { ok: true, view: { id: 'V0HOME0001', type: 'home' } };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

/** Every button and select found in a list of blocks (including section accessories). */
export function findElements(blocks: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  if (!Array.isArray(blocks)) return found;
  for (const block of blocks as Record<string, unknown>[]) {
    const accessory = block['accessory'];
    if (accessory !== null && typeof accessory === 'object') found.push(accessory as Record<string, unknown>);
    const elements = block['elements'];
    if (block['type'] === 'actions' && Array.isArray(elements)) found.push(...(elements as Record<string, unknown>[]));
  }
  return found;
}

/** The element with this action_id in the blocks; throws when absent. */
export function findElement(blocks: unknown, actionId: string): Record<string, unknown> {
  const element = findElements(blocks).find((candidate) => candidate['action_id'] === actionId);
  if (element === undefined) throw new Error(`no element with action_id ${actionId}`);
  return element;
}

/** All the text of a message or view (text fallback, block texts, context elements), for assertions. */
export function collectText(message: unknown): string {
  const parts: string[] = [];
  const visit = (node: unknown): void => {
    if (typeof node === 'string') return;
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'text' && typeof value === 'string') parts.push(value);
      else if (key !== 'value') visit(value);
    }
  };
  visit(message);
  return parts.join('\n');
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseApiArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json') === true) return parseJsonObject(raw);
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // The Web API client sends nested objects (blocks, view) as JSON strings in the form.
    args[key] = /^[[{]/.test(value) ? parseJsonOr(value) : value;
  }
  return args;
}

function parseJsonOr(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function parseJsonObject(raw: string): Record<string, unknown> {
  const parsed = parseJsonOr(raw);
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : { raw };
}

function readBearer(header: string | undefined): string | undefined {
  const match = /^Bearer (.+)$/.exec(header ?? '');
  return match?.[1];
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
