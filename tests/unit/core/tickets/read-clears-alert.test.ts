import { describe, expect, it } from 'vitest';
import { ticketReplyAlert } from '@main/core/alerts/generic-alerts';
import { readAcknowledgement } from '@main/core/tickets/read-clears-alert';

describe('reading a ticket clears its reply alert', () => {
  const reply = { id: '7', subject: 'Mail bounces', lastStaffReplyAt: '2026-03-02T09:00:00' };

  it("acknowledges the alert the waiting staff reply raised, whatever the ticket's subject", () => {
    const { key } = readAcknowledgement(
      { ticketId: '7', staffReplyAt: '2026-03-02T09:00:00' },
      '2026-03-05T10:00:00.000Z'
    );
    expect(key).toBe(ticketReplyAlert(reply).key);
  });

  it('leaves the alert of a later reply standing', () => {
    const { key } = readAcknowledgement(
      { ticketId: '7', staffReplyAt: '2026-03-02T09:00:00' },
      '2026-03-05T10:00:00.000Z'
    );
    expect(key).not.toBe(
      ticketReplyAlert({ ...reply, lastStaffReplyAt: '2026-03-04T12:00:00' }).key
    );
    expect(key).not.toBe(ticketReplyAlert({ ...reply, id: '8' }).key);
  });

  it('records in the history that the reply was read, when', () => {
    const { key, history } = readAcknowledgement(
      { ticketId: '7', staffReplyAt: '2026-03-02T09:00:00' },
      '2026-03-05T10:00:00.000Z'
    );
    expect(history).toEqual({
      key,
      domainId: null,
      at: '2026-03-05T10:00:00.000Z',
      event: 'acknowledged',
      detail: 'read'
    });
  });
});
