// The browser's ContinuityClient: the contract's methods over the bridge's WebSocket, reconnecting with backoff.
import type { ApiError, ApiMethod, ContinuityApi, ContinuityClient, ServiceEvent } from '../../shared/contract';
import { apiMethodNames } from '../../shared/apiMethods';
import { bridgeSocketPath, type BridgeRequest, type BridgeServerMessage } from '../../shared/bridgeProtocol';

export type ConnectionState = 'connecting' | 'open' | 'lost';

/** An error the service reported for one call, with its code. */
export class BridgeError extends Error {
  readonly code: ApiError['code'] | 'disconnected';
  constructor(code: ApiError['code'] | 'disconnected', message: string) {
    super(message);
    this.name = 'BridgeError';
    this.code = code;
  }
}

/** The part of the browser's WebSocket the client uses (a test can hand in its own). */
export interface SocketLike {
  readyState: number;
  send(data: string): void;
  close(): void;
  onopen: ((ev: unknown) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
}

export interface BridgeClientOptions {
  createSocket?: (url: string) => SocketLike;
  /** Delays before reconnect attempts: starts at minDelayMs, doubles up to maxDelayMs. */
  minDelayMs?: number;
  maxDelayMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
}

export interface BridgeClient extends ContinuityClient {
  connection(): ConnectionState;
  onConnection(listener: (state: ConnectionState) => void): () => void;
  close(): void;
}

/** The WebSocket address of the bridge that served this page: same host, /api, the page's token. */
export function bridgeSocketUrl(location: Pick<Location, 'protocol' | 'host' | 'search'>): string {
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${bridgeSocketPath}?token=${encodeURIComponent(token)}`;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export function createBridgeClient(location: Pick<Location, 'protocol' | 'host' | 'search'>, options: BridgeClientOptions = {}): BridgeClient {
  const url = bridgeSocketUrl(location);
  const createSocket = options.createSocket ?? ((u: string) => new WebSocket(u) as unknown as SocketLike);
  const minDelay = options.minDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 10_000;
  const setTimer = options.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const eventListeners = new Set<(event: ServiceEvent) => void>();
  const connectionListeners = new Set<(state: ConnectionState) => void>();
  const pending = new Map<number, Pending>();
  /** Requests made while the socket is down, sent as soon as it opens. */
  const queue: string[] = [];
  let nextId = 1;
  let delay = minDelay;
  let state: ConnectionState = 'connecting';
  let socket: SocketLike | null = null;
  let closed = false;

  const setState = (next: ConnectionState) => {
    if (next === state) return;
    state = next;
    for (const listener of connectionListeners) listener(next);
  };

  const onMessage = (data: unknown) => {
    let message: BridgeServerMessage;
    try {
      message = JSON.parse(String(data)) as BridgeServerMessage;
    } catch {
      return;
    }
    if ('event' in message) {
      for (const listener of eventListeners) listener(message.event);
      return;
    }
    const call = pending.get(message.id);
    if (!call) return;
    pending.delete(message.id);
    if (message.ok) call.resolve(message.result);
    else call.reject(new BridgeError(message.error.code, message.error.message));
  };

  const connect = () => {
    if (closed) return;
    const ws = createSocket(url);
    socket = ws;
    ws.onopen = () => {
      delay = minDelay;
      setState('open');
      while (queue.length > 0 && ws.readyState === 1) ws.send(queue.shift()!);
    };
    ws.onmessage = (event) => onMessage(event.data);
    ws.onerror = () => undefined;
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      for (const [id, call] of pending) {
        pending.delete(id);
        call.reject(new BridgeError('disconnected', 'The connection to Continuity Desk was lost.'));
      }
      if (closed) return;
      setState('lost');
      const wait = delay;
      delay = Math.min(maxDelay, delay * 2);
      setTimer(connect, wait);
    };
  };

  const call = (method: ApiMethod, args: unknown[]): Promise<unknown> =>
    new Promise((resolve, reject) => {
      if (closed) {
        reject(new BridgeError('disconnected', 'The client is closed.'));
        return;
      }
      const id = nextId++;
      pending.set(id, { resolve, reject });
      const frame = JSON.stringify({ id, method, args } satisfies BridgeRequest);
      if (socket && socket.readyState === 1) socket.send(frame);
      else queue.push(frame);
    });

  connect();

  /** Every method of the contract, sent as-is: the service validates the arguments. */
  const methods = Object.fromEntries(apiMethodNames.map((method) => [method, (...args: unknown[]) => call(method, args)])) as unknown as ContinuityApi;

  return {
    ...methods,
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    connection: () => state,
    onConnection(listener) {
      connectionListeners.add(listener);
      return () => connectionListeners.delete(listener);
    },
    close() {
      closed = true;
      socket?.close();
    },
  };
}
