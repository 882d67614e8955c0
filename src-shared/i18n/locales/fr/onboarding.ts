/** French, namespace `onboarding`. */
import type { Translation } from '../../catalog';
import type { onboarding as en } from '../en/onboarding';

export const onboarding: Translation<typeof en> = {
  intro:
    'Hostdeck conserve sur cet ordinateur la facturation, les domaines, les tickets et la consommation de votre fournisseur, consultables même hors ligne. Commencez avec des données d’exemple ou connectez votre propre fournisseur.',
  demo: {
    title: 'Essayer la démo WHMCS',
    description:
      'Un fournisseur WHMCS d’exemple intégré, avec factures, domaines, services, tickets et consommation.',
    failed: 'Le fournisseur de démonstration n’a pas pu démarrer : {{reason}}'
  },
  combellDemo: {
    title: 'Essayer la démo Combell',
    description:
      'Un compte revendeur Combell d’exemple intégré : comptes d’hébergement, packs de services, options et domaines. L’API de Combell ne fournit ni factures, ni tickets, ni consommation : Hostdeck enregistre donc lui-même la consommation heure par heure.',
    failed: 'La démo Combell n’a pas pu démarrer : {{reason}}'
  },
  starting: 'Démarrage de la démo…',
  demoNote:
    'Tout est fictif et local : rien ne quitte cet ordinateur. Vous pourrez connecter votre vrai fournisseur plus tard, depuis le nom du profil dans la barre d’état.',
  connect: {
    title: 'Connecter votre fournisseur',
    text: 'Une installation WHMCS (identifiants API ou votre connexion client WHMCS 9), ou un compte revendeur Combell (une clé API et un secret issus du panneau Combell).'
  }
};
