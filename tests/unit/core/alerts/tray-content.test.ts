import { describe, expect, it } from 'vitest';
import { soonestExpiring, trayContent } from '@main/core/alerts/tray-content';

const domains = [
  { id: '17', name: 'plain.example', daysLeft: 40 },
  { id: 'gone', name: 'expired.example', daysLeft: -3 },
  { id: 'a/b', name: 'slash.example', daysLeft: 2 },
  { id: 'unknown', name: 'no-date.example', daysLeft: null },
  { id: '9', name: 'today.example', daysLeft: 0 }
];

describe('trayContent', () => {
  it('lists live domains soonest first as facts, leaving out expired and undated ones', () => {
    expect(
      trayContent({ openAlerts: 3, domains, unreadTickets: 2, notificationsPaused: true })
    ).toEqual({
      openAlerts: 3,
      unreadTickets: 2,
      notificationsPaused: true,
      soonest: [
        { domain: 'today.example', daysLeft: 0, target: { kind: 'domain', id: '9' } },
        { domain: 'slash.example', daysLeft: 2, target: { kind: 'domain', id: 'a/b' } },
        { domain: 'plain.example', daysLeft: 40, target: { kind: 'domain', id: '17' } }
      ]
    });
  });

  it('leaves the part of a failed read empty', () => {
    expect(
      trayContent({
        openAlerts: null,
        domains: null,
        unreadTickets: null,
        notificationsPaused: null
      })
    ).toEqual({ openAlerts: 0, unreadTickets: 0, notificationsPaused: false, soonest: [] });
  });

  it('shows at most five domains', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({
      id: `d${i}`,
      name: `d${i}.be`,
      daysLeft: 8 - i
    }));
    expect(soonestExpiring(many).map((d) => d.daysLeft)).toEqual([1, 2, 3, 4, 5]);
  });
});
