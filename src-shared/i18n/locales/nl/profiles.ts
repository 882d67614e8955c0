/** Dutch, namespace `profiles`. */
import type { Translation } from '../../catalog';
import type { profiles as en } from '../en/profiles';

export const profiles: Translation<typeof en> = {
  loading: 'Providers laden…',
  loadFailed: 'De providers konden niet worden opgehaald: {{reason}}',
  intro:
    'Hostdeck toont één provider tegelijk. Bij het wisselen blijven de gegevens in de cache van elke provider bewaard.',
  listLabel: 'Providers',
  add: 'Provider toevoegen',
  addTitle: 'Een provider toevoegen',
  defaultNames: {
    demo: 'Demoprovider',
    combellDemo: 'Combell-demo'
  },
  kind: {
    demo: 'Demoprovider',
    combell: 'Combell',
    whmcs: 'WHMCS',
    line: '{{kind}} · {{signIn}}'
  },
  auth: {
    demo: 'Ingebouwde voorbeeldgegevens',
    classic: 'Klassieke API',
    rest: 'Klantaanmelding WHMCS 9',
    combell: 'API-sleutel en -geheim'
  },
  facts: {
    kind: 'Soort',
    address: 'Adres',
    apiKey: 'API-sleutel',
    login: 'Aanmelding'
  },
  active: 'Actief',
  switch: 'Wisselen',
  switching: 'Wisselen…',
  switchTo: 'Wisselen naar {{name}}',
  switchFailed: 'Wisselen mislukt: {{reason}}',
  priceList: 'Prijslijst',
  rename: 'Naam wijzigen',
  renameName: 'Naam wijzigen van {{name}}',
  remove: 'Verwijderen',
  removeName: '{{name}} verwijderen',
  renameForm: {
    label: 'Nieuwe naam voor ‘{{name}}’',
    save: 'Naam opslaan'
  },
  removeDialog: {
    title: '‘{{name}}’ verwijderen?',
    body: 'Hostdeck wist de gegevens van deze provider in de cache (facturen, domeinnamen, tickets, verbruik) van deze computer. Bij de provider verandert er niets; u kunt hem later opnieuw koppelen.',
    bodyWithSecret:
      'Hostdeck wist de gegevens van deze provider in de cache (facturen, domeinnamen, tickets, verbruik) en het geheim in uw sleutelhanger van deze computer. Bij de provider verandert er niets; u kunt hem later opnieuw koppelen.',
    removing: 'Verwijderen…',
    confirm: 'Provider verwijderen'
  }
};
