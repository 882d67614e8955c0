/** French, namespace `prices`. */
import type { Translation } from '../../catalog';
import type { prices as en } from '../en/prices';

export const prices: Translation<typeof en> = {
  loading: 'Chargement de la liste de prix…',
  loadFailed: 'Impossible de lire la liste de prix : {{reason}}',
  intro:
    'L’API de Combell ne fournit pas de prix : Hostdeck valorise donc avec cette liste son propre relevé horaire de vos comptes. Indiquez le tarif mensuel que Combell vous facture pour chaque pack de services et chaque option ; laissez un prix vide si vous ne le connaissez pas encore (sa consommation est alors affichée comme inconnue, jamais comme gratuite).',
  introFor: '{{profile}} : {{intro}}',
  title: 'Tarifs mensuels',
  empty:
    'Hostdeck n’a encore vu aucun pack de services ni aucune option. Ils apparaîtront ici après la première synchronisation ; vous pouvez déjà importer un fichier CSV ci-dessous.',
  kinds: { servicepack: 'Pack de services', addon: 'Option' },
  editor: {
    currency: 'Devise',
    currencyHelp: 'Une seule devise pour toute la liste, comme sur vos factures Combell (EUR).',
    currencyInvalid: 'Utilisez un code de devise à trois lettres, comme EUR.',
    allPriced_one: 'Le seul élément a un prix.',
    allPriced_many: 'Les {{count}} éléments ont un prix.',
    allPriced_other: 'Les {{count}} éléments ont un prix.',
    unpriced_one:
      '{{count}} sur {{total}} sans prix : sa consommation compte comme inconnue, pas comme gratuite.',
    unpriced_many:
      '{{count}} sur {{total}} sans prix : leur consommation compte comme inconnue, pas comme gratuite.',
    unpriced_other:
      '{{count}} sur {{total}} sans prix : leur consommation compte comme inconnue, pas comme gratuite.',
    caption: 'Tarifs mensuels des packs de services et des options vus dans votre compte',
    columns: {
      name: 'Nom',
      kind: 'Type',
      monthlyPrice: 'Tarif mensuel ({{currency}})',
      price: 'Prix enregistré',
      lastSeen: 'Vu pour la dernière fois'
    },
    inputName: {
      servicepack: 'Tarif mensuel du pack de services {{name}}',
      addon: 'Tarif mensuel de l’option {{name}}'
    },
    noPrice: 'Sans prix',
    priced: 'Prix fixé',
    notSeen: 'Jamais vu',
    save: 'Enregistrer les prix',
    saving: 'Enregistrement de la liste de prix…',
    saveFailed: 'Les prix n’ont pas été enregistrés : {{reason}}',
    problems_one: 'Rien n’a été enregistré : un prix est à corriger.',
    problems_many: 'Rien n’a été enregistré : {{count}} prix sont à corriger.',
    problems_other: 'Rien n’a été enregistré : {{count}} prix sont à corriger.',
    saved: 'Liste de prix enregistrée. La consommation de ce mois est à nouveau valorisée.',
    unsaved: 'Modifications non enregistrées.'
  },
  problem: {
    notANumber: 'Saisissez un montant comme {{example}}, ou laissez vide.',
    noDecimals: 'Cette devise n’a pas de décimales.',
    tooManyDecimals_one: '{{count}} décimale au maximum.',
    tooManyDecimals_many: '{{count}} décimales au maximum.',
    tooManyDecimals_other: '{{count}} décimales au maximum.',
    tooLarge: 'Ce montant est trop élevé.'
  },
  import: {
    title: 'Importer un fichier CSV',
    help: 'Une ligne par prix : <code>kind,name,monthly_price,currency</code>, avec pour type <code>servicepack</code> ou <code>addon</code> et le prix en nombre décimal avec un point (<code>12.50</code>), le tout dans une seule devise. La première ligne est l’en-tête. Un fichier qui contient une erreur n’est pas importé du tout.',
    button: 'Importer un CSV…',
    importing: 'Importation…',
    theFile: 'le fichier',
    failed: 'Impossible d’importer {{file}} : {{reason}}',
    issues_one:
      'Rien n’a été importé : {{file}} contient une erreur. Corrigez-la et choisissez à nouveau le fichier.',
    issues_many:
      'Rien n’a été importé : {{file}} contient {{count}} erreurs. Corrigez-les et choisissez à nouveau le fichier.',
    issues_other:
      'Rien n’a été importé : {{file}} contient {{count}} erreurs. Corrigez-les et choisissez à nouveau le fichier.',
    line: 'Ligne {{line}} :',
    imported_one: '{{count}} prix importé depuis {{file}}.',
    imported_many: '{{count}} prix importés depuis {{file}}.',
    imported_other: '{{count}} prix importés depuis {{file}}.'
  },
  csv: {
    empty: 'le fichier est vide',
    header: 'l’en-tête doit être « {{expected}} », et non « {{got}} »',
    fieldCount: '4 champs attendus, {{got}} trouvés',
    kind: 'le type doit être servicepack ou addon, et non « {{got}} »',
    nameEmpty: 'le nom est vide',
    currency: '« {{got}} » n’est pas un code de devise comme EUR',
    currencyMixed: 'la devise {{got}} diffère de {{currency}} : une seule devise par liste de prix',
    currencyList:
      'les prix de la liste sont en {{currency}} : importez des prix en {{currency}}, ou chaque élément qui a un prix en {{got}}',
    priceNotNumber: 'le prix « {{got}} » n’est pas un nombre décimal simple comme 12.50',
    priceDecimals_one: 'le prix « {{got}} » a plus de {{count}} décimale',
    priceDecimals_many: 'le prix « {{got}} » a plus de {{count}} décimales',
    priceDecimals_other: 'le prix « {{got}} » a plus de {{count}} décimales',
    priceTooLarge: 'le prix « {{got}} » est trop élevé',
    duplicate: {
      servicepack: 'le pack de services « {{name}} » a déjà un prix à la ligne {{line}}',
      addon: 'l’option « {{name}} » a déjà un prix à la ligne {{line}}'
    },
    noLines: 'aucune ligne de prix après l’en-tête'
  }
};
