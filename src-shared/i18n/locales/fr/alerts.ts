/** French, namespace `alerts`. */
import type { Translation } from '../../catalog';
import type { alerts as en } from '../en/alerts';

export const alerts: Translation<typeof en> = {
  pagerNoun: 'alertes ({{group}})',
  loadingWhat: 'les alertes',
  failedWhat: 'les alertes',
  summary: {
    none: 'Aucune alerte ouverte.',
    open_one: '{{count}} alerte ouverte.',
    open_many: '{{count}} alertes ouvertes.',
    open_other: '{{count}} alertes ouvertes.'
  },
  empty: {
    title: 'Rien ne demande votre attention',
    text: 'Les domaines proches de leur échéance, les nouvelles réponses du support et les factures en retard s’afficheront ici.'
  },
  groups: {
    critical: 'Critiques',
    warning: 'Avertissements',
    info: 'Info',
    snoozed: 'Reportées'
  },
  openItem: {
    domain: 'Ouvrir le domaine',
    ticket: 'Ouvrir le ticket',
    invoice: 'Ouvrir la facture'
  },
  object: {
    credit: 'votre solde de crédit',
    invoice: 'la facture {{number}}',
    ticket: 'le ticket «\u00a0{{subject}}\u00a0»'
  },
  toasts: {
    region: 'Notifications',
    dismiss: 'Fermer\u00a0: {{title}}',
    show: 'Afficher',
    centre: 'Centre d’alertes'
  },
  permission: {
    granted: 'Les notifications de bureau sont activées dans ce navigateur.',
    denied:
      'Ce navigateur bloque les notifications de Hostdeck. Autorisez-les dans les paramètres du site du navigateur si vous les souhaitez\u00a0; les alertes restent visibles ici et dans la barre d’état.',
    unsupported:
      'Ce navigateur ne peut pas afficher de notifications de bureau\u00a0; les alertes apparaissent ici et dans la barre d’état.',
    ask: 'Recevez une notification de bureau quand un domaine franchit un seuil d’alerte. Ce réglage ne concerne que ce navigateur\u00a0; l’application de bureau a le sien.',
    enable: 'Activer les notifications de bureau'
  }
};
