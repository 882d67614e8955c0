import { describe, expect, it } from 'vitest';
import {
  domainAlertToGeneric,
  evaluateDomainAlerts,
  isInvoiceOverdue,
  overdueInvoiceAlert,
  ticketReplyAlert
} from '@main/core/alerts';
import { NOW, domainExpiringIn, settingsWith } from './alert-fixtures';

describe('ticketReplyAlert', () => {
  it('keys the alert by ticket and reply time so each new staff reply alerts once', () => {
    const first = ticketReplyAlert({
      id: '42',
      subject: 'Mail bounces',
      lastStaffReplyAt: '2026-11-22T09:00:00Z'
    });
    const next = ticketReplyAlert({
      id: '42',
      subject: 'Mail bounces',
      lastStaffReplyAt: '2026-11-22T15:00:00Z'
    });
    expect(first).toEqual({
      key: 'ticket:42:reply:2026-11-22T09:00:00Z',
      category: 'ticket',
      text: { code: 'ticket-reply', subject: 'Mail bounces' },
      title: 'New reply to your ticket',
      body: 'Mail bounces',
      target: { kind: 'ticket', id: '42' },
      subject: 'Mail bounces'
    });
    expect(next.key).not.toBe(first.key);
  });
});

describe('overdueInvoiceAlert', () => {
  it('states the number, due date and formatted balance under one key per invoice', () => {
    expect(
      overdueInvoiceAlert({
        id: '7',
        number: 'INV-007',
        dueOn: '2026-11-01',
        balanceMinor: 4500,
        currency: 'EUR'
      })
    ).toEqual({
      key: 'invoice:7:overdue',
      category: 'invoice',
      text: {
        code: 'invoice-overdue',
        invoice: 'INV-007',
        dueOn: '2026-11-01',
        balance: { amountMinor: 4500, currency: 'EUR' }
      },
      title: 'Invoice overdue',
      body: 'Invoice INV-007 was due on 2026-11-01 — €45.00 outstanding',
      target: { kind: 'invoice', id: '7' },
      subject: 'INV-007'
    });
  });
});

describe('isInvoiceOverdue', () => {
  const invoice = { dueOn: '2026-11-22', balanceMinor: 4500 };

  it('is overdue from the local day after the due date', () => {
    expect(isInvoiceOverdue(invoice, Date.parse('2026-11-22T22:59:00Z'), 'Europe/Brussels')).toBe(
      false
    );
    expect(isInvoiceOverdue(invoice, Date.parse('2026-11-22T23:00:00Z'), 'Europe/Brussels')).toBe(
      true
    );
  });

  it('is never overdue once paid', () => {
    expect(
      isInvoiceOverdue(
        { ...invoice, balanceMinor: 0 },
        Date.parse('2026-12-22T10:00:00Z'),
        'Europe/Brussels'
      )
    ).toBe(false);
  });
});

describe('domainAlertToGeneric', () => {
  it('keeps the domain alert key and message and links to the domain', () => {
    const [alert] = evaluateDomainAlerts(
      [domainExpiringIn(-40, { status: 'redemption' })],
      [],
      settingsWith(),
      NOW
    );
    if (alert === undefined) throw new Error('expected an alert');
    expect(domainAlertToGeneric(alert)).toEqual({
      key: 'domain:d1:redemption',
      category: 'domain',
      text: alert.text,
      title: 'Domain in redemption',
      body: alert.message,
      target: { kind: 'domain', id: 'd1' },
      subject: alert.domainName
    });
  });
});
