// Serves the built renderer and the contract's services over a token-guarded loopback WebSocket (the browser bridge).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { bridgeSocketPath, type BridgeServerMessage } from '../../shared/bridgeProtocol';
import type { ContinuityService } from '../services/continuityService';
import { createDispatcher } from '../services/createDispatcher';
import { contentSecurityPolicy } from './contentSecurityPolicy';

export interface BridgeServer {
  /** The URL to open, token included. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface BridgeOptions {
  service: ContinuityService;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  log?: (line: string) => void;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.json': 'application/json',
};
const cookieName = 'continuity_token';
/** Largest WebSocket message accepted: an episode of 20 million characters, JSON-encoded. */
const maxMessageBytes = 64 * 1024 * 1024;

export async function startBridgeServer(options: BridgeOptions): Promise<BridgeServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const log = options.log ?? (() => undefined);
  const staticRoot = await realpath(options.staticDir);
  const dispatch = createDispatcher(options.service, log);
  let port = 0;

  const tokenMatches = (candidate: string | null | undefined) => {
    if (!candidate) return false;
    const a = Buffer.from(candidate);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  };
  const hostAllowed = (req: IncomingMessage) => req.headers.host === `127.0.0.1:${port}` || req.headers.host === `localhost:${port}`;
  const cookieToken = (req: IncomingMessage) =>
    (req.headers.cookie ?? '').split(';').map((c) => c.trim().split('=')).find(([k]) => k === cookieName)?.[1];

  const server = createServer((req, res) => {
    void serveStatic(req, res).catch(() => send(res, 500, 'Internal error'));
  });

  async function serveStatic(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!hostAllowed(req)) return send(res, 403, 'Forbidden host');
    const queryToken = url.searchParams.get('token');
    if (!tokenMatches(queryToken) && !tokenMatches(cookieToken(req))) return send(res, 403, 'A valid token is required: open the URL that `continuity serve` printed.');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    const relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = resolve(staticRoot, '.' + relative);
    if (file !== staticRoot && !file.startsWith(staticRoot + sep)) return send(res, 404, 'Not found');
    let real: string;
    try {
      real = await realpath(file);
      if (!real.startsWith(staticRoot + sep) || !(await stat(real)).isFile()) return send(res, 404, 'Not found');
    } catch {
      return send(res, 404, 'Not found');
    }
    const headers: Record<string, string> = {
      'Content-Type': contentTypes[extname(real)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Content-Security-Policy': contentSecurityPolicy(`ws://${req.headers.host}`),
    };
    if (queryToken) headers['Set-Cookie'] = `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return res.end();
    createReadStream(real).pipe(res);
  }

  const sockets = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const origin = req.headers.origin;
    const originAllowed = origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
    if (url.pathname !== bridgeSocketPath || !hostAllowed(req) || !originAllowed || !tokenMatches(url.searchParams.get('token'))) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => sockets.emit('connection', ws, req));
  });

  const post = (ws: WebSocket, message: BridgeServerMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  };
  sockets.on('connection', (ws: WebSocket) => {
    ws.on('message', async (data) => {
      let request: { id?: unknown; method?: unknown; args?: unknown };
      try {
        request = JSON.parse(data.toString());
      } catch {
        return ws.close(1003, 'malformed message');
      }
      if (typeof request?.id !== 'number') return ws.close(1003, 'malformed message');
      const outcome = await dispatch(request.method, request.args);
      post(ws, outcome.ok ? { id: request.id, ok: true, result: outcome.result } : { id: request.id, ok: false, error: outcome.error });
    });
  });
  const unsubscribe = options.service.onEvent((event) => {
    for (const ws of sockets.clients) post(ws, { event });
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolvePromise());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    async close() {
      unsubscribe();
      for (const ws of sockets.clients) ws.terminate();
      sockets.close();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

function send(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

