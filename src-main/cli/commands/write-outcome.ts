/**
 * How a write through the outbox ends on the command line (`tickets reply|open|close`,
 * `outbox retry`): the item as JSON on stdout, what is still to happen on stderr, and the
 * exit code — 0 the provider confirmed it; 1 it stays queued, or the provider refused it and
 * it is kept as failed; 3 the provider refused the credentials (it stays queued). And how an
 * action refused before anything was stored or sent ends (tickets, domains).
 */
import type { OutboxItem } from '@shared/contract';
import { toAppError } from '../../core/errors';
import type { TicketWriteResult } from '../../core/tickets/ticket-actions';
import type { CliIo } from '../cli-io';
import { EXIT } from '../cli-context';

export function reportWrite(command: string, result: TicketWriteResult, io: CliIo): number {
  const { item, flush } = result;
  io.stdout(`${JSON.stringify(item satisfies OutboxItem, null, 2)}\n`);
  if (item.state === 'sent') return EXIT.ok;
  if (item.state === 'failed') {
    io.stderr(
      `hostdeck ${command}: the provider refused it: ${item.lastError?.message ?? 'no reason given'} (kept as failed; "hostdeck outbox" lists it)\n`
    );
    return EXIT.failed;
  }
  const why = flush.stoppedBy ?? item.lastError;
  io.stderr(
    `hostdeck ${command}: queued, not confirmed${why ? ` (${why.message})` : ''}; "hostdeck outbox send" or the next sync sends it\n`
  );
  return why?.kind === 'auth' || why?.kind === 'ip-not-allowed' ? EXIT.auth : EXIT.failed;
}

/**
 * Says why an action was refused before anything was done, and gives its exit code: 2 for
 * invalid input or something not found, 3 when the provider refused the credentials, else 1.
 * A bug (kind internal) is rethrown.
 */
export function reportRefusal(command: string, error: unknown, io: CliIo): number {
  const { kind, message } = toAppError(error);
  if (kind === 'internal') throw error;
  io.stderr(`hostdeck ${command}: ${message}\n`);
  if (kind === 'invalid-input' || kind === 'not-found') return EXIT.usage;
  return kind === 'auth' || kind === 'ip-not-allowed' ? EXIT.auth : EXIT.failed;
}
