// The browser bridge: loopback only, a token on every request and the socket, calls and events over one WebSocket.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { ServiceEvent } from '../../shared/contract';
import type { ContinuityService } from '../services/continuityService';
import { startBridgeServer, type BridgeServer } from './bridgeServer';

function serviceDouble() {
  const listeners = new Set<(e: ServiceEvent) => void>();
  const service = {
    getProject: async () => ({ title: 'Station 7', language: 'de', folderName: 'demo', episodes: [], readOnly: false, problems: [] }),
    readEpisode: async (id: string) => ({ id, file: `${id}.md`, title: id, text: 'Text', hash: 'h1' }),
    saveEpisode: async () => ({ ok: true, hash: 'h2' }),
    getReport: async () => { throw new Error('unused'); },
    getEpisodeView: async () => { throw new Error('unused'); },
    setDecision: async () => undefined,
    onEvent: (l: (e: ServiceEvent) => void) => { listeners.add(l); return () => listeners.delete(l); },
    settled: async () => undefined,
    dispose: async () => undefined,
  } as unknown as ContinuityService;
  return { service, emit: (e: ServiceEvent) => listeners.forEach((l) => l(e)) };
}

function staticDir() {
  const dir = mkdtempSync(join(tmpdir(), 'bridge-static-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Continuity Desk</title>');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, '..', 'bridge-secret.txt'), 'secret');
  return dir;
}

function get(port: number, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

function connect(server: BridgeServer, token: string, origin = `http://127.0.0.1:${server.port}`) {
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/api?token=${token}`, { origin });
  return new Promise<WebSocket>((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
}

const nextMessage = (ws: WebSocket) => new Promise<unknown>((resolve) => ws.once('message', (d) => resolve(JSON.parse(d.toString()))));

let server: BridgeServer | undefined;
afterEach(async () => { await server?.close(); server = undefined; });

describe('startBridgeServer', () => {
  it('prints a loopback URL with a token and serves the app only with it', async () => {
    server = await startBridgeServer({ service: serviceDouble().service, staticDir: staticDir(), token: 'tok123' });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=tok123`);
    const withToken = await get(server.port, '/?token=tok123');
    expect(withToken.status).toBe(200);
    expect(withToken.body).toContain('Continuity Desk');
    expect(String(withToken.headers['content-security-policy'])).toContain("script-src 'self'");
    const cookie = String(withToken.headers['set-cookie']).split(';')[0];
    expect((await get(server.port, '/assets/app.js', { cookie })).status).toBe(200);
    expect((await get(server.port, '/')).status).toBe(403);
    expect((await get(server.port, '/?token=wrong')).status).toBe(403);
    expect((await get(server.port, '/assets/app.js')).status).toBe(403);
  });

  it('refuses other Host headers (DNS rebinding) and paths outside the app folder', async () => {
    server = await startBridgeServer({ service: serviceDouble().service, staticDir: staticDir(), token: 't' });
    expect((await get(server.port, '/?token=t', { host: 'evil.example:80' })).status).toBe(403);
    expect((await get(server.port, '/../bridge-secret.txt?token=t')).status).toBe(404);
    expect((await get(server.port, '/%2e%2e/bridge-secret.txt?token=t')).status).toBe(404);
  });

  it('answers calls over the socket, validates them, and pushes events', async () => {
    const { service, emit } = serviceDouble();
    server = await startBridgeServer({ service, staticDir: staticDir(), token: 'sock' });
    const ws = await connect(server, 'sock');
    ws.send(JSON.stringify({ id: 1, method: 'readEpisode', args: ['01'] }));
    expect(await nextMessage(ws)).toEqual({ id: 1, ok: true, result: { id: '01', file: '01.md', title: '01', text: 'Text', hash: 'h1' } });
    ws.send(JSON.stringify({ id: 2, method: 'readEpisode', args: [{ __proto__: { polluted: true } }] }));
    expect(await nextMessage(ws)).toMatchObject({ id: 2, ok: false, error: { code: 'bad-arguments' } });
    const event = nextMessage(ws);
    emit({ type: 'analysis', version: 3, conflicts: 2 });
    expect(await event).toEqual({ event: { type: 'analysis', version: 3, conflicts: 2 } });
    ws.close();
  });

  it('refuses a socket without the token or from another origin', async () => {
    server = await startBridgeServer({ service: serviceDouble().service, staticDir: staticDir(), token: 'good' });
    await expect(connect(server, 'bad')).rejects.toThrow(/403/);
    await expect(connect(server, 'good', 'http://evil.example')).rejects.toThrow(/403/);
  });
});
