import { describe, expect, it } from 'vitest';
import {
  createElectronNotifier,
  escapeNotificationMarkup,
  notificationBodyFor
} from '@main/electron/notifier';
import type { AlertText } from '@shared/contract';
import type { LanguageSetting } from '@shared/i18n/languages';
import type { Target } from '@shared/model/target';
import { createMainWords } from '@main/electron/main-words';
import { createFakeElectron } from '../../fakes/fake-electron';
import { recordingLogger } from './support';

const TICKET: AlertText = { code: 'ticket-reply', subject: 'Mail bounces' };

function setup(platform: NodeJS.Platform = 'linux') {
  const electron = createFakeElectron();
  const activations: (Target | undefined)[] = [];
  const notifier = createElectronNotifier(electron.module, {
    platform,
    onActivate: (target) => activations.push(target),
    logger: recordingLogger()
  });
  return { electron, activations, notifier };
}

describe('escapeNotificationMarkup', () => {
  it('escapes ampersands before angle brackets so nothing is double-escaped', () => {
    expect(escapeNotificationMarkup('R&D <b>urgent</b> &lt;')).toBe(
      'R&amp;D &lt;b&gt;urgent&lt;/b&gt; &amp;lt;'
    );
  });
});

describe('notificationBodyFor', () => {
  it('escapes on Linux only', () => {
    expect(notificationBodyFor('linux', 'a < b & c')).toBe('a &lt; b &amp; c');
    expect(notificationBodyFor('darwin', 'a < b & c')).toBe('a < b & c');
    expect(notificationBodyFor('win32', 'a < b & c')).toBe('a < b & c');
  });
});

describe('createElectronNotifier', () => {
  it('shows a notification with the escaped body on Linux', () => {
    const { electron, notifier } = setup('linux');
    notifier.notify({
      id: 'n1',
      text: TICKET,
      title: 'Ticket <#12>',
      body: 'Reply from R&D <staff>'
    });
    expect(electron.notifications).toHaveLength(1);
    expect(electron.notifications[0]?.options).toMatchObject({
      title: 'Ticket <#12>',
      body: 'Reply from R&amp;D &lt;staff&gt;'
    });
    expect(electron.notifications[0]?.shown).toBe(true);
  });

  it('passes the target to the activation callback on click', () => {
    const { electron, activations, notifier } = setup();
    notifier.notify({
      id: 'n1',
      text: TICKET,
      title: 'example.be expires in 7 days',
      body: 'Renew it',
      target: { kind: 'domain', id: 'example.be' }
    });
    electron.notifications[0]?.emit('click', {});
    expect(activations).toEqual([{ kind: 'domain', id: 'example.be' }]);
  });

  it('shows nothing where notifications are not supported', () => {
    const { electron, notifier } = setup();
    electron.notificationsSupported = false;
    notifier.notify({ id: 'n1', text: TICKET, title: 't', body: 'b' });
    expect(electron.notifications).toEqual([]);
  });

  it('replaces an earlier notification with the same id', () => {
    const { electron, notifier } = setup();
    notifier.notify({ id: 'same', text: TICKET, title: 'first', body: 'b' });
    notifier.notify({ id: 'same', text: TICKET, title: 'second', body: 'b' });
    expect(electron.notifications.map((n) => n.closed)).toEqual([true, false]);
  });

  it('writes the notification in the chosen language, and follows a change of the setting', () => {
    const electron = createFakeElectron();
    let language: LanguageSetting = 'system';
    const notifier = createElectronNotifier(electron.module, {
      platform: 'darwin',
      onActivate: () => undefined,
      words: createMainWords(
        () => language,
        () => ['fr-BE', 'en-US']
      )
    });
    const expiring: AlertText = {
      code: 'domain-threshold',
      domain: 'exemple.be',
      daysLeft: 2,
      expiresOn: '2026-12-04'
    };
    const request = { id: 'n1', text: expiring, title: 'Domain expiring', body: 'English' };
    notifier.notify(request);
    expect(electron.notifications[0]?.options).toMatchObject({
      title: 'Domaine bientôt échu',
      body: 'exemple.be expire dans 2 jours (4 déc. 2026)'
    });
    language = 'nl';
    notifier.notify({ ...request, id: 'n2' });
    expect(electron.notifications[1]?.options).toMatchObject({
      title: 'Domeinnaam verloopt binnenkort',
      body: 'exemple.be verloopt over 2 dagen (4 dec 2026)'
    });
    language = 'en';
    notifier.notify({
      ...request,
      id: 'n3',
      text: { code: 'low-credit', balance: { amountMinor: 1250, currency: 'EUR' }, threshold: null }
    });
    expect(electron.notifications[2]?.options).toMatchObject({
      title: 'Credit balance low',
      body: 'Your credit balance is €12.50'
    });
  });
});
