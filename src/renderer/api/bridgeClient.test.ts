// Checks the bridge client against a scripted socket: calls, errors, events, and reconnecting after a drop.
import { describe, expect, it } from 'vitest';
import { BridgeError, bridgeSocketUrl, createBridgeClient, type SocketLike } from './bridgeClient';

class ScriptedSocket implements SocketLike {
  readyState = 0;
  sent: { id: number; method: string; args: unknown[] }[] = [];
  onopen: SocketLike['onopen'] = null;
  onclose: SocketLike['onclose'] = null;
  onerror: SocketLike['onerror'] = null;
  onmessage: SocketLike['onmessage'] = null;
  constructor(readonly url: string) {}
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.drop();
  }
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  drop() {
    this.readyState = 3;
    this.onclose?.({});
  }
  reply(message: unknown) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
}

function setup() {
  const sockets: ScriptedSocket[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const client = createBridgeClient(
    { protocol: 'http:', host: '127.0.0.1:4321', search: '?token=abc%2B1' },
    {
      createSocket: (url) => {
        const s = new ScriptedSocket(url);
        sockets.push(s);
        return s;
      },
      setTimer: (fn, ms) => timers.push({ fn, ms }),
    },
  );
  return { client, sockets, timers };
}

describe('bridgeClient', () => {
  it('connects to /api on the page host with the page token', () => {
    expect(bridgeSocketUrl({ protocol: 'http:', host: '127.0.0.1:4321', search: '?token=abc%2B1' })).toBe('ws://127.0.0.1:4321/api?token=abc%2B1');
  });

  it('sends calls made before the socket opens and resolves them with the results', async () => {
    const { client, sockets } = setup();
    const project = client.getProject();
    sockets[0].open();
    expect(sockets[0].sent).toEqual([{ id: 1, method: 'getProject', args: [] }]);
    sockets[0].reply({ id: 1, ok: true, result: { title: 'Station 7' } });
    await expect(project).resolves.toEqual({ title: 'Station 7' });
  });

  it('rejects with the service error code and message', async () => {
    const { client, sockets } = setup();
    sockets[0].open();
    const read = client.readEpisode('nope');
    sockets[0].reply({ id: 1, ok: false, error: { code: 'not-found', message: 'Keine Folge nope' } });
    await expect(read).rejects.toMatchObject({ code: 'not-found', message: 'Keine Folge nope' });
    await expect(read).rejects.toBeInstanceOf(BridgeError);
  });

  it('passes events to listeners until they unsubscribe', () => {
    const { client, sockets } = setup();
    sockets[0].open();
    const seen: unknown[] = [];
    const off = client.onEvent((e) => seen.push(e));
    sockets[0].reply({ event: { type: 'analysis', version: 3, conflicts: 2 } });
    off();
    sockets[0].reply({ event: { type: 'analysis', version: 4, conflicts: 2 } });
    expect(seen).toEqual([{ type: 'analysis', version: 3, conflicts: 2 }]);
  });

  it('reports a lost connection, fails calls in flight, and reconnects with growing delays', async () => {
    const { client, sockets, timers } = setup();
    const states: string[] = [];
    client.onConnection((s) => states.push(s));
    sockets[0].open();
    const inFlight = client.getReport();
    sockets[0].drop();
    await expect(inFlight).rejects.toMatchObject({ code: 'disconnected' });
    expect(timers[0].ms).toBe(500);
    timers[0].fn();
    sockets[1].drop();
    expect(timers[1].ms).toBe(1000);
    timers[1].fn();
    sockets[2].open();
    expect(states).toEqual(['open', 'lost', 'open']);
    const later = client.getProject();
    sockets[2].reply({ id: 2, ok: true, result: 'ok' });
    await expect(later).resolves.toBe('ok');
  });
});
