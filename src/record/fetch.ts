/**
 * Fetching a link a moderator gave, without letting the link reach what it must not.
 *
 * - http and https only, no user name or password in the link;
 * - the host name is resolved here, and every address it resolves to must be a public unicast
 *   address: private, loopback, link-local (cloud metadata lives at 169.254.169.254),
 *   unique-local, carrier-grade NAT, multicast, unspecified and reserved ranges are refused, in
 *   IPv4 and IPv6 alike, IPv4-mapped IPv6 (`::ffff:127.0.0.1`) judged as the IPv4 it carries
 *   (the ranges are ipaddr.js's, not a list of our own);
 * - the connection is made to the very address that was checked (a custom `lookup`), so a name
 *   that resolves differently a moment later (DNS rebinding) cannot slip through;
 * - redirects are followed by hand, at most `maxRedirects`, and every hop is checked again;
 * - a size cap, enforced while streaming (a `Content-Length` over it is refused before reading),
 *   an overall timeout, and a content-type check.
 * Hosts listed in `allowHosts` (RECORD_URL_ALLOW: an intranet wiki, the tests' local server) are
 * exempt from the address rule only; every other rule still applies to them.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/** A refusal the moderator can act on; the message says why, in their words. */
export class FetchRefused extends Error {
  override readonly name = 'FetchRefused';
}

export interface FetchOptions {
  /** Largest body read (bytes). */
  readonly maxBytes: number;
  /** The whole fetch, redirects included. */
  readonly timeoutMs: number;
  readonly maxRedirects: number;
  /** Host names or IP addresses (lowercase) exempt from the private-address rule. */
  readonly allowHosts: readonly string[];
  /** Content types accepted (the part before `;`); null accepts any (an attachment, judged by its name). */
  readonly contentTypes: readonly string[] | null;
  /** Name resolution; injectable so tests can play a rebinding resolver. */
  readonly resolve?: (host: string) => Promise<readonly { address: string; family: number }[]>;
}

export const FETCH_DEFAULTS = Object.freeze({ maxBytes: 5 * 1024 * 1024, timeoutMs: 10_000, maxRedirects: 5 });

export interface Fetched {
  readonly body: Buffer;
  /** The content type as sent, lowercase, parameters dropped. */
  readonly contentType: string;
  readonly charset: string | null;
  /** Where the body came from, after redirects. */
  readonly url: string;
}

const defaultResolve = async (host: string) => dnsLookup(host, { all: true, verbatim: true });

/** ipaddr.js's name for every range except the one public unicast range. */
export function addressRange(address: string): string {
  return ipaddr.process(address).range();
}

/** True for an address a link may lead to: public unicast only. */
export function isPublicAddress(address: string): boolean {
  return ipaddr.isValid(address) && addressRange(address) === 'unicast';
}

const bare = (hostname: string): string => hostname.replace(/^\[|\]$/gu, '').toLowerCase();

export async function fetchChecked(link: string, options: FetchOptions): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    let url = parseLink(link);
    for (let hop = 0; ; hop++) {
      const target = await checkedAddress(url, options);
      const response = await request(url, target, controller.signal, options);
      if (response.redirect !== null) {
        if (hop >= options.maxRedirects) throw new FetchRefused(`the link redirects more than ${options.maxRedirects} times`);
        url = parseLink(new URL(response.redirect, url).toString());
        continue;
      }
      return { ...response.fetched, url: url.toString() };
    }
  } catch (error) {
    if (controller.signal.aborted) throw new FetchRefused(`the page did not arrive within ${Math.round(options.timeoutMs / 1000)} seconds`);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

function parseLink(link: string): URL {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    throw new FetchRefused('that is not a link (expected something like https://example.org/news/story)');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchRefused(`only http and https links can be read, not ${url.protocol.replace(/:$/u, '')}`);
  if (url.username || url.password) throw new FetchRefused('links with a user name or password are not read');
  return url;
}

/** The address to connect to: resolved once, checked, and then used as is. */
async function checkedAddress(url: URL, options: FetchOptions): Promise<{ address: string; family: number }> {
  const host = bare(url.hostname);
  const exempt = options.allowHosts.includes(host);
  let addresses: readonly { address: string; family: number }[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await (options.resolve ?? defaultResolve)(host);
    } catch {
      throw new FetchRefused(`the name ${host} does not resolve`);
    }
  }
  const first = addresses[0];
  if (!first) throw new FetchRefused(`the name ${host} does not resolve`);
  if (!exempt) {
    // Every address must be public: a name with one public and one private address could be
    // connected to either by the next resolver, so it is refused as a whole.
    const bad = addresses.find((a) => !isPublicAddress(a.address));
    if (bad) {
      const what = host === bare(bad.address) ? host : `${host} (${bad.address})`;
      throw new FetchRefused(`${what} is ${rangeWords(bad.address)} address; links must lead to the public internet`);
    }
  }
  return first;
}

/** The range an address is in, with its article, in a moderator's words. */
function rangeWords(address: string): string {
  const range = ipaddr.isValid(address) ? addressRange(address) : 'unknown';
  const words: Record<string, string> = {
    private: 'a private',
    loopback: 'a loopback',
    linkLocal: 'a link-local (cloud metadata)',
    uniqueLocal: 'a private (unique-local)',
    unspecified: 'an unspecified',
    carrierGradeNat: 'a carrier-grade NAT',
    multicast: 'a multicast',
    broadcast: 'a broadcast',
    reserved: 'a reserved',
  };
  return words[range] ?? `a non-public (${range})`;
}

interface Answered {
  readonly redirect: string | null;
  readonly fetched: Omit<Fetched, 'url'>;
}

function request(url: URL, target: { address: string; family: number }, signal: AbortSignal, options: FetchOptions): Promise<Answered> {
  // The connection goes to the checked address whatever the name resolves to now.
  const pinned: LookupFunction = (_host, opts, callback) => {
    if (opts.all) (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [target]);
    else callback(null, target.address, target.family);
  };
  const lib = url.protocol === 'https:' ? https : http;
  return new Promise<Answered>((resolve, reject) => {
    const req = lib.request(
      url,
      {
        method: 'GET',
        lookup: pinned,
        signal,
        headers: { 'user-agent': 'OnRecord (adds this page to a community record)', accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1' },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          resolve({ redirect: res.headers.location, fetched: { body: Buffer.alloc(0), contentType: '', charset: null } });
          return;
        }
        if (status < 200 || status >= 300) {
          res.resume();
          reject(new FetchRefused(`the page answered HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`));
          return;
        }
        const [type = '', ...params] = (res.headers['content-type'] ?? '').split(';');
        const contentType = type.trim().toLowerCase();
        const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)/iu.exec(p)?.[1]).find(Boolean)?.toLowerCase() ?? null;
        if (options.contentTypes && !options.contentTypes.includes(contentType)) {
          res.resume();
          reject(new FetchRefused(`the link is ${contentType || 'of no stated type'}, not a web page or text (accepted: ${options.contentTypes.join(', ')})`));
          return;
        }
        const declared = Number(res.headers['content-length'] ?? NaN);
        if (Number.isFinite(declared) && declared > options.maxBytes) {
          res.destroy();
          reject(new FetchRefused(tooLarge(declared, options.maxBytes)));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            res.destroy();
            reject(new FetchRefused(tooLarge(size, options.maxBytes, true)));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => resolve({ redirect: null, fetched: { body: Buffer.concat(chunks), contentType, charset } }));
        res.on('error', reject);
      },
    );
    req.on('error', (error) => reject(error instanceof FetchRefused || signal.aborted ? error : new FetchRefused(`the page could not be fetched (${(error as NodeJS.ErrnoException).code ?? error.message})`)));
    req.end();
  });
}

function tooLarge(bytes: number, max: number, partial = false): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return partial ? `the page is larger than the ${mb(max)} limit` : `the page is ${mb(bytes)}; the limit is ${mb(max)}`;
}
