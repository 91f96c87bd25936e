// GET /api/events: one server-sent events stream per open page. Each change the API boundary announces is
// relayed as `{ op, conferenceId, at }` (no data: the page refetches what it shows, with its own rights).
// A desk hears only its own conference; a revoked desk's stream ends. A ping every few seconds lets a desk
// notice at once when the network is gone.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ChangeEvent } from '../../../shared/domain/desks';
import { onChange } from '../api/changes';
import type { ServiceContext } from '../context';
import type { Access, Principal } from './desks';

export const PING_EVERY_MS = 5_000;

export function serveEvents(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: ServiceContext,
  access: Access,
  principal: Principal,
  pingMs = PING_EVERY_MS,
): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  const send = (event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  // Reconnect fast: a desk that lost the server tries again every second.
  res.write('retry: 1000\n\n');
  send('hello', { at: ctx.now().toISOString(), role: principal.kind === 'desk' ? principal.desk.role : 'secretary' });

  const close = () => {
    unsubscribe();
    clearInterval(ping);
    if (!res.writableEnded) res.end();
  };
  const unsubscribe = onChange(ctx, (event: ChangeEvent) => {
    if (principal.kind === 'desk') {
      if (event.op === 'desk:revoke' && !access.stillValid(principal)) {
        send('revoked', {});
        return close();
      }
      if (event.conferenceId !== principal.desk.conferenceId) return;
    }
    send('change', event);
  });
  const ping = setInterval(() => send('ping', { at: ctx.now().toISOString() }), pingMs);
  req.on('close', close);
  res.on('error', close);
}
