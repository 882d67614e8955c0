/** Dutch, namespace `alerts`. */
import type { Translation } from '../../catalog';
import type { alerts as en } from '../en/alerts';

export const alerts: Translation<typeof en> = {
  pagerNoun: 'meldingen ({{group}})',
  loadingWhat: 'meldingen',
  failedWhat: 'meldingen',
  summary: {
    none: 'Geen open meldingen.',
    open_one: '{{count}} open melding.',
    open_other: '{{count}} open meldingen.'
  },
  empty: {
    title: 'Niets vraagt uw aandacht',
    text: 'Domeinnamen die bijna verlopen, nieuwe antwoorden van de support en vervallen facturen verschijnen hier.'
  },
  groups: { critical: 'Kritiek', warning: 'Waarschuwing', info: 'Info', snoozed: 'Uitgesteld' },
  openItem: {
    domain: 'Domeinnaam openen',
    ticket: 'Ticket openen',
    invoice: 'Factuur openen'
  },
  object: {
    credit: 'uw tegoed',
    invoice: 'factuur {{number}}',
    ticket: 'het ticket ‘{{subject}}’'
  },
  toasts: {
    region: 'Meldingen',
    dismiss: 'Sluiten: {{title}}',
    show: 'Tonen',
    centre: 'Meldingencentrum'
  },
  permission: {
    granted: 'Bureaubladmeldingen staan aan in deze browser.',
    denied:
      'Deze browser blokkeert meldingen van Hostdeck. Sta ze toe in de site-instellingen van de browser als u ze wilt; meldingen blijven hier en in de statusbalk verschijnen.',
    unsupported:
      'Deze browser kan geen bureaubladmeldingen tonen; meldingen verschijnen hier en in de statusbalk.',
    ask: 'Krijg een bureaubladmelding wanneer een domeinnaam een meldingsdrempel bereikt. Dit geldt alleen voor deze browser; de desktop-app heeft een eigen instelling.',
    enable: 'Bureaubladmeldingen inschakelen'
  }
};
