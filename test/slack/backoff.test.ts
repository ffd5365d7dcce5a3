import { describe, expect, it } from 'vitest';
import { computeBackoffDelay, DEFAULT_BACKOFF, waitFor } from '../../src/slack/backoff.ts';
import { describeSlackError, isTransientSlackError } from '../../src/slack/classify-slack-error.ts';

describe('computeBackoffDelay', () => {
  it('doubles from 1 s up to the 30 s cap, and jitter only shortens a wait, by at most half', () => {
    const longest = (failures: number): number => computeBackoffDelay(failures, DEFAULT_BACKOFF, () => 0);
    const shortest = (failures: number): number => computeBackoffDelay(failures, DEFAULT_BACKOFF, () => 0.999_999);
    expect([1, 2, 3, 4, 5, 6, 7, 50].map(longest)).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
    expect([1, 6, 50].map(shortest)).toEqual([500, 15_000, 15_000]);
  });

  it('a ten-minute outage costs about 25 attempts, not thousands', () => {
    let elapsed = 0;
    let attempts = 0;
    while (elapsed < 600_000) {
      attempts += 1;
      elapsed += computeBackoffDelay(attempts, DEFAULT_BACKOFF, () => 0.5);
    }
    expect(attempts).toBeGreaterThan(20);
    expect(attempts).toBeLessThan(60);
  });
});

describe('waitFor', () => {
  it('ends at once when aborted', async () => {
    const controller = new AbortController();
    const waiting = waitFor(60_000, controller.signal);
    controller.abort();
    await expect(waiting).resolves.toBeUndefined();
  });
});

describe('isTransientSlackError', () => {
  it('waits out the network, timeouts, 5xx and 429; not a rejected token or a wrong URL', () => {
    expect(isTransientSlackError({ code: 'slack_webapi_request_error', original: new Error('fetch failed') })).toBe(true);
    expect(isTransientSlackError({ code: 'slack_webapi_http_error', statusCode: 503 })).toBe(true);
    expect(isTransientSlackError({ code: 'slack_webapi_http_error', statusCode: 429 })).toBe(true);
    expect(isTransientSlackError(undefined)).toBe(true);
    expect(isTransientSlackError({ code: 'slack_webapi_http_error', statusCode: 404 })).toBe(false);
    expect(isTransientSlackError({ code: 'slack_webapi_platform_error', data: { error: 'invalid_auth' } })).toBe(false);
    expect(isTransientSlackError({ code: 'slack_webapi_platform_error', data: { error: 'internal_error' } })).toBe(true);
  });

  it('describes a failure in one line: the network cause, not the wrapper', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    const fetchFailed = new TypeError('fetch failed', { cause: refused });
    expect(describeSlackError({ code: 'slack_webapi_request_error', original: fetchFailed })).toBe('ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9');
    expect(describeSlackError({ code: 'slack_webapi_http_error', statusCode: 500 })).toBe('HTTP 500');
  });
});
