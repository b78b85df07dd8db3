// Picks the ContinuityClient: the preload's window.continuity in Electron, the WebSocket bridge in a browser.
import type { ContinuityClient } from '../../shared/contract';
import { createBridgeClient, type ConnectionState } from './bridgeClient';

declare global {
  interface Window {
    continuity?: ContinuityClient;
  }
}

/** A client plus the connection state the banner shows (always 'open' over IPC). */
export interface AppClient {
  client: ContinuityClient;
  connection(): ConnectionState;
  onConnection(listener: (state: ConnectionState) => void): () => void;
}

export function getClient(win: Window = window): AppClient {
  if (win.continuity) return { client: win.continuity, connection: () => 'open', onConnection: () => () => undefined };
  const bridge = createBridgeClient(win.location);
  return { client: bridge, connection: () => bridge.connection(), onConnection: (l) => bridge.onConnection(l) };
}
