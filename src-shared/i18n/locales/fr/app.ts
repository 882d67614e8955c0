/** French, namespace `app`. */
import type { Translation } from '../../catalog';
import type { app as en } from '../en/app';

export const app: Translation<typeof en> = {
  skipToContent: 'Aller au contenu',
  pageNotFound: 'Page introuvable',
  statusLoadFailed: 'Hostdeck n’a pas pu charger son état : {{reason}}',
  notFound: {
    text: 'Il n’y a pas de page à l’adresse « {{path}} ».',
    toDashboard: 'Aller au tableau de bord'
  },
  unavailable: {
    title: 'Non disponible pour ce fournisseur',
    providerNamed: 'Le fournisseur de « {{name}} »',
    thisProvider: 'Ce fournisseur',
    invoices:
      '{{provider}} ne propose pas les factures dans son API : il n’y a donc ni facture ni relevé à afficher.',
    tickets:
      '{{provider}} ne propose pas les tickets de support dans son API : il n’y a donc pas de boîte de tickets.',
    usageRecording:
      '{{provider}} envoie lui-même ses prix et sa consommation : Hostdeck ne tient donc pas de liste de prix pour lui.',
    other: '{{provider}} ne propose pas cette fonction dans son API.',
    switchHint:
      'Vous pouvez ajouter un autre fournisseur ou en changer depuis le nom du profil, dans la barre d’état.'
  },
  missingToken: {
    title: 'Hostdeck a besoin de son lien d’accès',
    open: 'Ouvrez Hostdeck avec le lien affiché par',
    openAfter: '(il contient un jeton à usage unique).',
    why: 'Ce jeton empêche les autres programmes de cet ordinateur de lire vos données de facturation. Il est affiché dans le terminal à chaque démarrage du shell web.'
  },
  errorBoundary: {
    title: 'Impossible d’afficher « {{area}} »',
    unexpected: 'Une erreur inattendue s’est produite.'
  },
  status: {
    label: 'État',
    manageProviders: 'Gérer les fournisseurs',
    noProvider: 'Aucun fournisseur connecté',
    unavailable: 'État indisponible',
    demoBadge: 'Fournisseur de démonstration',
    lastSynced: 'Dernière synchronisation : {{when}}',
    neverSynced: 'Jamais synchronisé',
    online: 'En ligne',
    offlineSince: 'Hors ligne — données du {{when}}',
    offlineNoData: 'Hors ligne — pas encore de données en cache'
  },
  sync: {
    failed: 'Échec de la synchronisation : {{reason}}',
    failedDataFrom: 'Échec de la synchronisation : {{reason}} — données du {{when}}',
    failedUnknown: 'le fournisseur n’a pas pu être synchronisé',
    syncing: 'Synchronisation…',
    syncingEntity: 'Synchronisation : {{entity}}…',
    progress: 'Progression de la synchronisation',
    progressText: '{{label}} {{percent}}',
    now: 'Synchroniser',
    cancel: 'Arrêter la synchronisation',
    cancelling: 'Arrêt…',
    nowFailed: 'La dernière synchronisation demandée a échoué : {{reason}}',
    entities: {
      account: 'compte',
      departments: 'services du support',
      services: 'services',
      domains: 'domaines',
      invoices: 'factures',
      transactions: 'transactions',
      credits: 'crédits',
      tickets: 'tickets',
      usage: 'consommation',
      'invoice-details': 'détail des factures',
      connection: 'connexion'
    }
  },
  alerts: {
    none: 'Aucune alerte',
    count_one: '{{count}} alerte',
    count_many: '{{count}} alertes',
    count_other: '{{count}} alertes',
    open: 'Ouvrir le centre d’alertes',
    snoozedOpen_one: '{{count}} reportée — ouvrir le centre d’alertes',
    snoozedOpen_many: '{{count}} reportées — ouvrir le centre d’alertes',
    snoozedOpen_other: '{{count}} reportées — ouvrir le centre d’alertes'
  },
  severity: {
    critical: 'Critique',
    warning: 'Avertissement',
    info: 'Info',
    snoozed: 'reportée',
    acknowledged: 'vue'
  },
  connect: {
    name: 'Nom du profil',
    nameHelp:
      'Le nom de ce fournisseur dans Hostdeck. Laissez vide pour reprendre le nom d’hôte de l’adresse.',
    nameHelpCombell: 'Le nom de ce fournisseur dans Hostdeck. Laissez vide pour « Combell ».',
    defaultName: 'Mon fournisseur',
    provider: 'Fournisseur',
    whmcsHelp: 'L’espace client WHMCS d’un hébergeur.',
    combellHelp: 'Un compte revendeur Combell, via l’API de Combell.',
    apiKey: 'Clé API',
    apiKeyHelp: 'Sur la page API du panneau Combell.',
    apiSecret: 'Secret API',
    apiUrl: 'Adresse de l’API (facultatif)',
    apiUrlHelp: 'Laissez vide pour l’API publique de Combell.',
    whmcsAddress: 'Adresse WHMCS',
    whmcsAddressHelp: 'L’adresse de l’espace client de votre fournisseur.',
    serverTimeZone: 'Fuseau horaire du fournisseur (facultatif)',
    serverTimeZoneHelp:
      'Le fuseau du serveur WHMCS de votre fournisseur, comme Europe/Brussels : WHMCS envoie ses heures sans fuseau. Laissez vide pour UTC.',
    signIn: 'Mode de connexion',
    classic: 'Identifiants API classiques',
    classicHelp: 'Un identifiant et un secret API créés pour vous par votre fournisseur.',
    rest: 'Connexion client WHMCS 9',
    restHelp: 'L’e-mail et le mot de passe de votre espace client.',
    identifier: 'Identifiant API',
    accessKey: 'Clé d’accès (facultatif)',
    accessKeyHelp: 'Uniquement si votre fournisseur vous en a donné une.',
    clientId: 'Numéro de client',
    clientIdHelp: 'Votre numéro de client chez le fournisseur.',
    email: 'E-mail',
    password: 'Mot de passe',
    code: 'Code de vérification',
    codeHelp: 'Les chiffres affichés par votre application d’authentification.',
    secretKeychain:
      'Conservé dans le trousseau de votre système, jamais dans les fichiers de Hostdeck.',
    secretIn: 'Conservé dans {{place}}, jamais dans les fichiers de Hostdeck.',
    testing: 'Test en cours…',
    verifyCode: 'Vérifier le code',
    test: 'Tester la connexion',
    connecting: 'Connexion…',
    saveConnect: 'Enregistrer et connecter',
    providerSaid: 'Réponse du fournisseur : « {{detail}} »',
    fields: {
      baseUrl: 'Adresse WHMCS',
      serverTimeZone: 'Fuseau horaire du fournisseur',
      identifier: 'Identifiant API',
      secret: 'Secret API',
      accessKey: 'Clé d’accès',
      clientId: 'Numéro de client',
      email: 'E-mail',
      password: 'Mot de passe',
      code: 'Code de vérification',
      apiKey: 'Clé API',
      apiSecret: 'Secret API',
      apiUrl: 'Adresse de l’API'
    },
    required: '{{label}} : ce champ est obligatoire.',
    invalid: '{{label}} : {{reason}}.',
    notValid: 'valeur non valide',
    baseUrlFull: '{{label}} : saisissez une adresse complète, comme https://billing.example.com.',
    apiUrlFull:
      'Adresse de l’API : saisissez une adresse complète, comme https://api.combell.com, ou laissez vide pour l’API publique.',
    works: 'La connexion fonctionne.',
    reasons: {
      auth: 'Échec de l’authentification : le fournisseur n’a pas accepté ces identifiants.',
      'second-factor':
        'Votre compte utilise la vérification en deux étapes. Saisissez le code de votre application.',
      'ip-not-allowed':
        'Votre fournisseur n’autorise pas l’accès à l’API depuis l’adresse IP de cet ordinateur. Demandez-lui de l’ajouter à la liste des adresses autorisées.',
      network:
        'Hostdeck n’a pas pu joindre cette adresse. Vérifiez l’URL et votre connexion Internet.',
      'rate-limited':
        'Le fournisseur limite les requêtes en ce moment. Patientez une minute et réessayez.',
      protocol: 'Cette adresse ne répond pas comme une installation WHMCS. Vérifiez l’URL.',
      unknown: 'La connexion n’a pas fonctionné.'
    },
    combellReasons: {
      auth: 'Combell n’a pas accepté cette clé API et ce secret. Copiez-les à nouveau depuis la page API du panneau Combell.',
      'second-factor':
        'Combell demande une étape de vérification à laquelle Hostdeck ne peut pas répondre.',
      'ip-not-allowed':
        'Combell a refusé l’adresse IP de cet ordinateur. Ajoutez-la aux adresses IP autorisées sur la page API du panneau Combell, puis testez à nouveau.',
      network:
        'Hostdeck n’a pas pu joindre l’API de Combell. Vérifiez votre connexion Internet et, si vous l’avez indiquée, l’adresse de l’API.',
      'rate-limited':
        'Combell limite les requêtes en ce moment (limite de débit). Patientez une minute et réessayez.',
      protocol:
        'Cette adresse ne répond pas comme l’API de Combell. Vérifiez l’adresse de l’API ou laissez-la vide.',
      unknown: 'La connexion n’a pas fonctionné.'
    }
  },
  alertActions: {
    snoozeNext: 'Reporter au seuil suivant',
    snoozeNextName: 'Reporter au seuil suivant l’alerte pour {{item}}',
    snoozedNext: 'Reportée jusqu’au seuil suivant.',
    snoozeDate: 'Reporter jusqu’à une date…',
    snoozeDateName: 'Reporter jusqu’à une date l’alerte pour {{item}}',
    snoozeUntil: 'Reporter jusqu’au',
    snooze: 'Reporter',
    snoozePickedName: 'Reporter l’alerte pour {{item}} jusqu’à la date choisie',
    snoozedUntil: 'Reportée jusqu’au {{date}}.',
    acknowledge: 'Marquer comme vue',
    acknowledgeName: 'Marquer comme vue l’alerte pour {{item}}',
    acknowledged: 'Marquée comme vue.'
  }
};
