/** French, namespace `errors`. */
import type { Translation } from '../../catalog';
import type { errors as en } from '../en/errors';

export const errors: Translation<typeof en> = {
  kind: {
    auth: 'le fournisseur n’a pas accepté les identifiants',
    'ip-not-allowed': 'le fournisseur n’autorise pas l’accès API depuis cette adresse IP',
    offline: 'le fournisseur est injoignable',
    'rate-limited': 'le fournisseur demande de ralentir\u00a0; Hostdeck réessaiera plus tard',
    'invalid-input': 'la demande n’était pas valide',
    'not-found': 'le fournisseur n’a pas trouvé l’élément demandé',
    conflict: 'les données ont changé entre-temps chez le fournisseur',
    provider: 'le fournisseur a répondu par une erreur',
    unsupported: 'le fournisseur ne propose pas cette fonction',
    forbidden: 'le fournisseur a refusé',
    internal: 'Hostdeck a rencontré une erreur inattendue'
  },
  /** A failure's sentence, from its code (src-shared/result.ts ERROR_CODES) and values. */
  code: {
    'no-provider-connected':
      'Aucun fournisseur n’est encore connecté. Connectez-en un dans les Paramètres ou utilisez le fournisseur de démonstration.',
    'profile-not-found': 'Ce profil n’existe plus.',
    'credentials-not-stored':
      'Les identifiants n’ont pas pu être enregistrés dans le trousseau du système\u00a0; le profil n’a donc pas été ajouté.',
    'credentials-in-cleartext':
      'L’adresse de l’API doit commencer par https:// pour que les identifiants ne circulent pas en clair.',
    'auth-refused':
      'Le fournisseur n’a pas accepté les identifiants. Vérifiez-les dans les Paramètres.',
    'ip-not-allowed':
      'Le fournisseur n’autorise pas l’accès API depuis cette adresse IP. Ajoutez-la aux adresses autorisées de l’API chez le fournisseur.',
    'provider-unreachable': 'Le fournisseur est injoignable. Vérifiez la connexion et réessayez.',
    'rate-limited': 'Le fournisseur demande de ralentir. Réessayez dans un instant.',
    'invalid-input': 'La demande n’était pas valide.',
    'unknown-channel': 'Cette version de Hostdeck ne connaît pas cette demande.',
    'invalid-reply':
      'Hostdeck a produit une réponse non valide. Les détails se trouvent dans le fichier journal.',
    'internal-error':
      'Une erreur s’est produite dans Hostdeck. Les détails se trouvent dans le fichier journal.',
    'local-server-unreachable':
      'Le serveur local de Hostdeck est injoignable. Est-il toujours lancé\u00a0?',
    'local-server-bad-reply': 'Le serveur local de Hostdeck a envoyé une réponse inattendue.',
    'invoice-not-cached':
      'La facture {{invoice}} n’est pas dans le cache. Elle n’est peut-être pas encore synchronisée, ou elle a été supprimée chez le fournisseur.',
    'pdf-not-cached':
      'Le PDF de la facture {{invoice}} n’est pas encore en cache et le fournisseur est injoignable.',
    'invoice-nothing-to-pay': 'La facture {{invoice}} n’a plus rien à payer.',
    'demo-no-payment-page': 'Le fournisseur de démonstration n’a pas de page de paiement à ouvrir.',
    'service-not-cached':
      'Ce service n’est pas dans le cache. Il n’est peut-être pas encore synchronisé, ou il a été supprimé chez le fournisseur.',
    'sso-unsupported':
      'Ce fournisseur ne propose pas de connexion directe (SSO) au panneau de contrôle.',
    'link-refused':
      'Hostdeck n’a pas ouvert ce lien\u00a0: il ne mène pas au site du fournisseur en https.',
    'domain-not-cached':
      'Ce domaine n’est pas dans le cache. Il a peut-être été supprimé chez le fournisseur.',
    'auto-renew-unsupported':
      'L’API de ce fournisseur ne permet pas de modifier le renouvellement automatique. Changez-le dans le panneau de contrôle du fournisseur.',
    'renew-in-combell-panel':
      'Renouvelez {{domain}} dans le panneau de contrôle Combell\u00a0; l’API de Combell ne permet pas de renouveler les domaines.',
    'renew-no-address': 'Ce fournisseur n’a pas d’adresse web pour renouveler les domaines.',
    'alert-not-active': 'Cette alerte n’est plus active. Le domaine a peut-être été renouvelé.',
    'alert-not-snoozable':
      'Seules les alertes de domaine peuvent être reportées. Marquez plutôt celle-ci comme vue.',
    'snooze-date-past': 'Choisissez une date postérieure à aujourd’hui pour reporter l’alerte.',
    'ticket-not-cached':
      'Ce ticket n’est pas dans le cache. Synchronisez d’abord\u00a0; il a peut-être aussi été supprimé chez le fournisseur.',
    'ticket-not-found': 'Le ticket {{ticket}} n’est ni dans le cache ni chez le fournisseur.',
    'department-unknown': 'Le fournisseur n’a pas de département «\u00a0{{department}}\u00a0».',
    'related-not-cached':
      'L’élément à lier au ticket n’est pas dans le cache. Synchronisez d’abord.',
    'outbox-item-not-found': 'Cet élément de la boîte d’envoi n’existe plus.',
    'outbox-not-retryable': 'Seul un élément en échec peut être renvoyé.',
    'outbox-not-discardable': 'Seul un élément en attente ou en échec peut être abandonné.',
    'currency-invalid': '«\u00a0{{currency}}\u00a0» n’est pas un code de devise comme EUR.',
    'currency-mismatch':
      'Les prix sont en {{current}}. Indiquez à nouveau tous les prix pour passer la liste en {{currency}}.'
  },
  withDetail: '{{reason}} ({{detail}})'
};
