// Keeps zod from probing for eval (new Function) when a shared module builds its schemas: the page's CSP has no 'unsafe-eval'.
import { z } from 'zod';

z.config({ jitless: true });
