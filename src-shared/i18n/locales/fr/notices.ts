/** French, namespace `notices`. */
import type { Translation } from '../../catalog';
import type { notices as en } from '../en/notices';

export const notices: Translation<typeof en> = {
  title: {
    domainThreshold: 'Domaine bientôt échu',
    domainGrace: 'Domaine en période de grâce',
    domainRedemption: 'Domaine en rédemption',
    domainExpired: 'Domaine expiré',
    ticketReply: 'Nouvelle réponse à votre ticket',
    invoiceOverdue: 'Facture en retard',
    lowCredit: 'Solde de crédit bas',
    summaryDomains_one: '{{count}} domaine demande votre attention',
    summaryDomains_many: '{{count}} de domaines demandent votre attention',
    summaryDomains_other: '{{count}} domaines demandent votre attention',
    summary_one: '{{count}} nouvelle alerte',
    summary_many: '{{count}} de nouvelles alertes',
    summary_other: '{{count}} nouvelles alertes'
  },
  domain: {
    expiresToday: '{{domain}} expire aujourd’hui ({{date}})',
    expiresTomorrow: '{{domain}} expire demain ({{date}})',
    expiresIn_one: '{{domain}} expire dans {{count}} jour ({{date}})',
    expiresIn_many: '{{domain}} expire dans {{count}} de jours ({{date}})',
    expiresIn_other: '{{domain}} expire dans {{count}} jours ({{date}})',
    graceDatedPriced:
      '{{domain}} est en période de grâce (échu le {{date}}) — le renouvellement coûte {{amount}}',
    graceDated:
      '{{domain}} est en période de grâce (échu le {{date}}) — renouvelez-le avant qu’il passe en rédemption',
    gracePriced: '{{domain}} est en période de grâce — le renouvellement coûte {{amount}}',
    grace: '{{domain}} est en période de grâce — renouvelez-le avant qu’il passe en rédemption',
    redemptionDatedPriced:
      '{{domain}} est en rédemption (échu le {{date}}) — la restauration coûte {{amount}}',
    redemptionDated:
      '{{domain}} est en rédemption (échu le {{date}}) — la restauration coûte plus cher qu’un renouvellement',
    redemptionPriced: '{{domain}} est en rédemption — la restauration coûte {{amount}}',
    redemption:
      '{{domain}} est en rédemption — la restauration coûte plus cher qu’un renouvellement',
    expiredOn: '{{domain}} a expiré le {{date}}',
    expired: '{{domain}} a expiré'
  },
  invoice: {
    overdue: 'La facture {{invoice}} était à échéance le {{date}} — {{amount}} restent dus',
    overdueUnpriced: 'La facture {{invoice}} était à échéance le {{date}} — un solde reste dû'
  },
  credit: {
    low: 'Votre solde de crédit est de {{balance}}, sous votre seuil d’alerte de {{threshold}}',
    lowNoThreshold: 'Votre solde de crédit est de {{balance}}'
  },
  breakdown: {
    expired_one: '{{count}} expiré',
    expired_many: '{{count}} d’expirés',
    expired_other: '{{count}} expirés',
    redemption_one: '{{count}} en rédemption',
    redemption_many: '{{count}} en rédemption',
    redemption_other: '{{count}} en rédemption',
    grace_one: '{{count}} en période de grâce',
    grace_many: '{{count}} en période de grâce',
    grace_other: '{{count}} en période de grâce',
    within_one: '{{count}} expire d’ici {{days}}',
    within_many: '{{count}} expirent d’ici {{days}}',
    within_other: '{{count}} expirent d’ici {{days}}',
    days_one: '{{count}} jour',
    days_many: '{{count}} de jours',
    days_other: '{{count}} jours'
  },
  summary: {
    domains_one: '{{count}} domaine\u00a0: {{breakdown}}',
    domains_many: '{{count}} de domaines\u00a0: {{breakdown}}',
    domains_other: '{{count}} domaines\u00a0: {{breakdown}}',
    tickets_one: '{{count}} réponse à un ticket',
    tickets_many: '{{count}} de réponses à des tickets',
    tickets_other: '{{count}} réponses à des tickets',
    invoices_one: '{{count}} facture en retard',
    invoices_many: '{{count}} de factures en retard',
    invoices_other: '{{count}} factures en retard',
    lowCredit: 'crédit bas',
    otherDomains_one: '{{count}} alerte de domaine',
    otherDomains_many: '{{count}} d’alertes de domaine',
    otherDomains_other: '{{count}} alertes de domaine'
  },
  history: {
    untilNextThreshold: 'jusqu’au prochain seuil',
    until: 'jusqu’au {{date}}',
    inSummary: 'dans le récapitulatif «\u00a0{{title}}\u00a0»'
  },
  payu: {
    hoursWithoutData_one:
      'Aucun relevé connu pour {{count}} heure, du {{from}} au {{to}}\u00a0; rien n’y est compté.',
    hoursWithoutData_many:
      'Aucun relevé connu pour {{count}} d’heures, du {{from}} au {{to}}\u00a0; rien n’y est compté.',
    hoursWithoutData_other:
      'Aucun relevé connu pour {{count}} heures, du {{from}} au {{to}}\u00a0; rien n’y est compté.',
    establishedRun:
      '{{resource}} figure déjà dans le premier relevé ({{at}})\u00a0; son début est inconnu, il est donc compté comme facturé.',
    nonWholeHourZone:
      'Le fuseau {{zone}} n’est pas décalé d’un nombre entier d’heures par rapport à UTC\u00a0: une tranche à cheval sur minuit appartient au jour où elle commence.',
    addonWithoutParent:
      'L’option {{resource}} n’indique aucun compte parent (dès {{at}})\u00a0; elle est facturée seule.',
    addonParentAbsent:
      'Le compte parent {{parent}} de l’option {{resource}} manque dans le relevé de {{at}}\u00a0; l’option est facturée seule.'
  }
};
