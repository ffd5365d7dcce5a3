/**
 * HTTP mode's transport: a node:http server that screens each request before Bolt's HTTPReceiver
 * sees it. Bolt reads up to 4 MB of any request before checking its signature and keeps reading
 * for as long as the client sends, so anyone who reaches the port could fill the memory with
 * unsigned bodies or hold stop() open. Here, before a byte of the body is read:
 *
 * - only POST /slack/events is served (404 otherwise);
 * - a request must carry Slack's signature headers (Slack adds them to every request it sends,
 *   ssl_check included), with a timestamp within 5 minutes either way (Bolt rejects old ones
 *   only, so a request signed in the future would stay replayable longer);
 * - a declared body over the limit is refused (413), and so is an undeclared one once it passes it;
 * - at most `maxUnverifiedRequests` bodies are read at once, so memory is bounded by that times
 *   the limit whatever the number of connections; others wait their turn (reading nothing) for
 *   up to `slotWaitMs`, then get 503;
 * - node's own timeouts end a client slow with its headers or its body (408);
 * - stop() ends unverified requests at once, and every connection after a short grace.
 *
 * Once the body is read, it is handed to Bolt's HTTPReceiver as a buffered request (Bolt reads
 * `rawBody` when present instead of the stream), which verifies the signature, parses the body
 * and acks exactly as before. Listeners and middleware see no difference.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ListenOptions, Socket } from 'node:net';
import { HTTPReceiver, type App, type Logger, type Receiver, type ReceiverEvent } from '@slack/bolt';
import type { StructuredLog } from '../structured-log.ts';

/**
 * The largest body read, in bytes. Measured (scripts/lib/slack-payload-sizes.ts, `npm run
 * attack-http`): the largest requests Slack can send this bot are a /kyoyaku command carrying a
 * 40,000-character Japanese text (Slack's message limit), 344 KB form-encoded, and an app_mention
 * of the same length, 233 KB with its rich_text copy; button payloads on the bot's own answers
 * and Home tab stay under 25 KB. 512 KiB leaves half as much again above the largest (at most 9
 * bytes per character form-encoded: 360 KB), and is an eighth of Bolt's default 4 MB.
 */
export const DEFAULT_BODY_LIMIT_BYTES = 512 * 1024;

/** Settings of the guard; the defaults are for production, tests shorten them. */
export interface HttpGuardSettings {
  /** The largest request body read. */
  readonly bodyLimitBytes: number;
  /**
   * Headers must arrive within this time of the connection opening (or of the previous request
   * on a kept-alive connection). Slack sends its headers at once.
   */
  readonly headersTimeoutMs: number;
  /** The whole request, body included, must arrive within this. Slack expects an ack in 3 s. */
  readonly requestTimeoutMs: number;
  /**
   * Bodies read at the same time before their signature is checked. Each is read in
   * milliseconds when Slack sends it, so 16 is far above Slack's concurrency for one small
   * workspace, and bounds the memory an attacker can hold to 16 × the body limit (8 MiB).
   */
  readonly maxUnverifiedRequests: number;
  /**
   * How long a request may wait for its turn to be read. Slack wants an ack within 3 s, so a
   * request of Slack's that waits longer is lost anyway; waiting at all lets it through a burst
   * of forged requests, which the bot reads and refuses at loopback or network speed.
   */
  readonly slotWaitMs: number;
  /** Requests waiting for their turn, at most; beyond, 503 at once. */
  readonly maxWaitingRequests: number;
  /** How long stop() lets requests already verified finish their ack before closing their sockets. */
  readonly stopGraceMs: number;
  /** How far the request timestamp may be from now, either way (Slack's rule: 5 minutes). */
  readonly timestampToleranceMs: number;
  /** The clock, in ms since the epoch. */
  readonly now: () => number;
}

/** Production settings. */
export const DEFAULT_HTTP_GUARD: HttpGuardSettings = {
  bodyLimitBytes: DEFAULT_BODY_LIMIT_BYTES,
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  maxUnverifiedRequests: 16,
  slotWaitMs: 2_000,
  maxWaitingRequests: 512,
  stopGraceMs: 2_000,
  timestampToleranceMs: 5 * 60 * 1000,
  now: Date.now,
};

/** The path Slack posts events, commands and interactions to (manifest.yml's request URLs). */
export const EVENTS_PATH = '/slack/events';

/** Why a request was refused before its body was read, and the status it got. */
export interface Rejection {
  readonly status: 401 | 404 | 413 | 503;
  readonly reason: string;
}

/**
 * Checks a request's method, path and headers. Returns why it is refused, or undefined when its
 * body may be read.
 */
export function screenRequestHead(
  request: { readonly method?: string | undefined; readonly url?: string | undefined; readonly headers: IncomingMessage['headers'] },
  settings: Pick<HttpGuardSettings, 'bodyLimitBytes' | 'timestampToleranceMs' | 'now'>,
): Rejection | undefined {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (request.method !== 'POST' || path !== EVENTS_PATH) return { status: 404, reason: 'not_slack_endpoint' };
  const length = request.headers['content-length'];
  if (length !== undefined && (!/^\d+$/.test(length) || Number(length) > settings.bodyLimitBytes)) return { status: 413, reason: 'body_too_large' };
  const signature = request.headers['x-slack-signature'];
  const timestamp = request.headers['x-slack-request-timestamp'];
  if (typeof signature !== 'string' || !/^v0=[0-9a-f]{64}$/.test(signature)) return { status: 401, reason: 'no_signature' };
  if (typeof timestamp !== 'string' || !/^\d{1,12}$/.test(timestamp)) return { status: 401, reason: 'no_timestamp' };
  const skewMs = Number(timestamp) * 1000 - settings.now();
  if (skewMs > settings.timestampToleranceMs) return { status: 401, reason: 'timestamp_in_future' };
  if (-skewMs > settings.timestampToleranceMs) return { status: 401, reason: 'timestamp_too_old' };
  return undefined;
}

/** Bolt's receiver interface over a guarded node:http server. */
export class GuardedHttpReceiver implements Receiver {
  readonly #inner: HTTPReceiver;
  readonly #settings: HttpGuardSettings;
  readonly #log: StructuredLog;
  readonly #screenBody: (body: Record<string, unknown>) => string | undefined;
  readonly #unverified = new Set<Socket>();
  /** Every open connection, and those whose verified request Bolt is still acking. */
  readonly #connections = new Set<Socket>();
  readonly #acking = new Set<Socket>();
  readonly #waiting: (() => void)[] = [];
  readonly #stats = { bodyBytesReadMax: 0, rejected: new Map<string, number>() };
  readonly #lastLogged = new Map<string, { at: number; suppressed: number }>();
  #server: Server | undefined;

  constructor(options: {
    readonly signingSecret: string;
    readonly logger: Logger;
    readonly log: StructuredLog;
    readonly settings?: Partial<HttpGuardSettings>;
    /**
     * Says why a verified, parsed body cannot be processed (Bolt would throw on it before any
     * ack, and Slack would redeliver it); such a body is acked and dropped with a log line.
     */
    readonly screenBody?: (body: Record<string, unknown>) => string | undefined;
  }) {
    this.#settings = { ...DEFAULT_HTTP_GUARD, ...options.settings };
    this.#log = options.log;
    this.#screenBody = options.screenBody ?? (() => undefined);
    this.#inner = new HTTPReceiver({
      signingSecret: options.signingSecret,
      logger: options.logger,
      // Respond to Slack as soon as a listener acks; answers are posted afterwards, so a slow
      // reply never pushes Slack past its 3-second timeout into a retry.
      processBeforeResponse: false,
      signatureVerification: true,
      // Never reached (bodies arrive buffered), but the same limit if Bolt ever reads one itself.
      bodyLimit: this.#settings.bodyLimitBytes,
    });
  }

  /** How many request bodies are being read before their signature is checked. */
  get unverifiedRequests(): number {
    return this.#unverified.size;
  }

  /** How many requests wait for their turn to be read. */
  get waitingRequests(): number {
    return this.#waiting.length;
  }

  /** What the guard did so far: the most body bytes read from one request, and rejections by reason. */
  get stats(): { readonly bodyBytesReadMax: number; readonly rejected: ReadonlyMap<string, number> } {
    return this.#stats;
  }

  init(app: App): void {
    // Bolt's HTTPReceiver calls nothing of the app but processEvent; this one screens first.
    const screen = this.#screenBody;
    const log = this.#log;
    const processEvent = async (event: ReceiverEvent): Promise<void> => {
      const reason = screen(event.body);
      if (reason === undefined) return app.processEvent(event);
      log({ level: 'warn', event: 'malformed_payload_dropped', reason });
      await event.ack();
    };
    this.#inner.init(Object.create(app, { processEvent: { value: processEvent } }) as App);
  }

  /** Listens; resolves with the server once it is listening (rejects with EADDRINUSE and the like). */
  start(portOrOptions: number | ListenOptions): Promise<Server> {
    if (this.#server !== undefined) return Promise.reject(new Error('the HTTP receiver is already started'));
    const { headersTimeoutMs, requestTimeoutMs } = this.#settings;
    const server = createServer(
      {
        headersTimeout: headersTimeoutMs,
        // node requires requestTimeout ≥ headersTimeout.
        requestTimeout: Math.max(requestTimeoutMs, headersTimeoutMs),
        // node checks both timeouts on this tick (30 s by default, which would let them overrun).
        connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(headersTimeoutMs / 2))),
      },
      (req, res) => this.#handle(req, res),
    );
    this.#server = server;
    server.on('connection', (socket: Socket) => {
      this.#connections.add(socket);
      socket.once('close', () => this.#connections.delete(socket));
    });
    return new Promise((resolve, reject) => {
      let listening = false;
      server.on('error', (error) => {
        if (listening) {
          // After start, an error (EMFILE on accept, say) must not become an uncaught exception.
          this.#log({ level: 'error', event: 'http_server_error', error: error.message });
          return;
        }
        this.#server = undefined;
        server.close();
        reject(error);
      });
      server.listen(portOrOptions, () => {
        listening = true;
        resolve(server);
      });
    });
  }

  /**
   * Stops listening and closes every connection at once except those whose signed request Bolt is
   * acking; those get up to the grace, then are closed too. Resolves when the server is closed.
   */
  async stop(): Promise<void> {
    const server = this.#server;
    if (server === undefined) return;
    this.#server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const wake of this.#waiting.splice(0)) wake();
    for (const socket of this.#connections) if (!this.#acking.has(socket)) socket.destroy();
    // Their requests' close events come later; the bodies are gone now.
    this.#unverified.clear();
    const timer = setTimeout(() => server.closeAllConnections(), this.#settings.stopGraceMs);
    await closed;
    clearTimeout(timer);
  }

  #handle(req: IncomingMessage, res: ServerResponse): void {
    if (this.#server === undefined) {
      this.#reject(req, res, { status: 503, reason: 'stopping' });
      return;
    }
    const rejection = screenRequestHead(req, this.#settings);
    if (rejection !== undefined) {
      this.#reject(req, res, rejection);
      return;
    }
    if (this.#unverified.size < this.#settings.maxUnverifiedRequests) {
      this.#readBody(req, res);
      return;
    }
    if (this.#waiting.length >= this.#settings.maxWaitingRequests) {
      this.#reject(req, res, { status: 503, reason: 'too_many_unverified_requests' });
      return;
    }
    this.#waitForSlot(req, res);
  }

  /** Queues the request (its body unread) until a slot frees, the wait times out, or it goes away. */
  #waitForSlot(req: IncomingMessage, res: ServerResponse): void {
    let done = false;
    const finish = (): void => {
      done = true;
      clearTimeout(timer);
      req.socket.off('close', onGone);
      const index = this.#waiting.indexOf(wake);
      if (index >= 0) this.#waiting.splice(index, 1);
    };
    const wake = (): void => {
      if (done) return;
      finish();
      this.#handle(req, res);
    };
    const onGone = (): void => {
      if (!done) finish();
    };
    const timer = setTimeout(() => {
      if (done) return;
      finish();
      this.#reject(req, res, { status: 503, reason: 'too_many_unverified_requests' });
    }, this.#settings.slotWaitMs);
    req.socket.once('close', onGone);
    this.#waiting.push(wake);
  }

  #releaseSlot(socket: Socket): void {
    if (!this.#unverified.delete(socket)) return;
    this.#waiting.shift()?.();
  }

  #readBody(req: IncomingMessage, res: ServerResponse): void {
    const socket = req.socket;
    this.#unverified.add(socket);
    const chunks: Buffer[] = [];
    let bytes = 0;
    let settled = false;
    const settle = (): void => {
      settled = true;
      this.#stats.bodyBytesReadMax = Math.max(this.#stats.bodyBytesReadMax, bytes);
      this.#releaseSlot(socket);
      req.off('data', onData).off('end', onEnd).off('error', onGone).off('close', onGone);
    };
    const onData = (chunk: Buffer): void => {
      bytes += chunk.length;
      if (bytes <= this.#settings.bodyLimitBytes) {
        chunks.push(chunk);
        return;
      }
      settle();
      chunks.length = 0;
      this.#reject(req, res, { status: 413, reason: 'body_too_large' });
    };
    const onEnd = (): void => {
      if (settled) return;
      settle();
      // Bolt reads `rawBody` instead of the stream when it is already a Buffer (BufferedIncomingMessage).
      Object.assign(req, { rawBody: Buffer.concat(chunks, bytes) });
      this.#acking.add(socket);
      const acked = (): void => {
        this.#acking.delete(socket);
      };
      res.once('finish', acked).once('close', acked);
      try {
        this.#inner.requestListener(req, res);
      } catch {
        // requestListener throws only for paths it does not serve, and this one it does.
        this.#reject(req, res, { status: 404, reason: 'not_slack_endpoint' });
      }
    };
    const onGone = (): void => {
      if (!settled) settle();
    };
    req.on('data', onData).on('end', onEnd).on('error', onGone).on('close', onGone);
  }

  /** Answers with the status and closes the connection, so no unread body keeps it open. */
  #reject(req: IncomingMessage, res: ServerResponse, rejection: Rejection): void {
    this.#logRejection(rejection);
    req.pause();
    if (res.headersSent) {
      req.socket.destroy();
      return;
    }
    res.writeHead(rejection.status, { connection: 'close', 'content-length': '0' });
    res.end(() => req.socket.destroy());
  }

  /** One line per reason at most every 10 s, with how many were not logged meanwhile. */
  #logRejection(rejection: Rejection): void {
    this.#stats.rejected.set(rejection.reason, (this.#stats.rejected.get(rejection.reason) ?? 0) + 1);
    const now = this.#settings.now();
    const last = this.#lastLogged.get(rejection.reason);
    if (last !== undefined && now - last.at < 10_000) {
      last.suppressed += 1;
      return;
    }
    this.#lastLogged.set(rejection.reason, { at: now, suppressed: 0 });
    this.#log({
      level: 'warn',
      event: 'http_request_rejected',
      status: rejection.status,
      reason: rejection.reason,
      ...(last !== undefined && last.suppressed > 0 ? { suppressed: last.suppressed } : {}),
    });
  }
}
