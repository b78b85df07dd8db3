// An error a service reports to the renderer with a code and a message a writer can read.
import type { ApiError } from '../../shared/contract';

export class ServiceError extends Error {
  constructor(readonly code: ApiError['code'], message: string) {
    super(message);
    this.name = 'ServiceError';
  }
}
