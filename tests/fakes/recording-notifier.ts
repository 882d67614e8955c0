import type { ContractEventName, ContractEventPayload } from '@shared/contract';
import type { EventSink, NotificationRequest, Notifier } from '@main/core/ports';

/** A Notifier that keeps every request, so tests assert exactly which notifications were shown. */
export class RecordingNotifier implements Notifier {
  readonly shown: NotificationRequest[] = [];

  notify(request: NotificationRequest): void {
    this.shown.push(request);
  }

  /** The ids (alert or summary keys) shown so far, in order. */
  get ids(): string[] {
    return this.shown.map((n) => n.id);
  }

  /** Forgets what was shown, so the next step of a test starts from nothing. */
  clear(): void {
    this.shown.length = 0;
  }
}

/** One recorded contract event. */
export interface RecordedEvent {
  readonly event: ContractEventName;
  readonly payload: unknown;
}

/** An EventSink that keeps every event emitted to the renderer. */
export class RecordingEventSink implements EventSink {
  readonly events: RecordedEvent[] = [];

  emit<E extends ContractEventName>(event: E, payload: ContractEventPayload<E>): void {
    this.events.push({ event, payload });
  }

  /** The payloads of one event, in order. */
  payloadsOf<E extends ContractEventName>(event: E): ContractEventPayload<E>[] {
    return this.events
      .filter((e) => e.event === event)
      .map((e) => e.payload as ContractEventPayload<E>);
  }

  clear(): void {
    this.events.length = 0;
  }
}
