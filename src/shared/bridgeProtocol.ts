// The browser bridge's wire format: the contract's methods and events as JSON over one WebSocket.
import type { ApiError, ApiMethod, ServiceEvent } from './contract';

/** Path of the WebSocket endpoint; the token goes in the query string: /api?token=… */
export const bridgeSocketPath = '/api';

export interface BridgeRequest {
  id: number;
  method: ApiMethod;
  args: unknown[];
}

export type BridgeResponse =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: ApiError };

export interface BridgeEventMessage {
  event: ServiceEvent;
}

export type BridgeServerMessage = BridgeResponse | BridgeEventMessage;
