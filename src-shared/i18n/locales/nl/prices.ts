/** Dutch, namespace `prices`. */
import type { Translation } from '../../catalog';
import type { prices as en } from '../en/prices';

export const prices: Translation<typeof en> = {
  loading: 'Prijslijst laden…',
  loadFailed: 'De prijslijst kon niet worden gelezen: {{reason}}',
  intro:
    'De API van Combell levert geen prijzen, dus Hostdeck berekent met deze lijst de prijs van zijn eigen uurregistratie van uw accounts. Vul per servicepakket en add-on de maandprijs in die Combell u aanrekent; laat een prijs leeg als u die nog niet kent (het verbruik ervan wordt dan als onbekend getoond, nooit als gratis).',
  introFor: '{{profile}}: {{intro}}',
  title: 'Maandprijzen',
  empty:
    'Hostdeck heeft nog geen servicepakket of add-on gezien. Ze verschijnen hier na de eerste synchronisatie; u kunt hieronder al een CSV-bestand importeren.',
  kinds: { servicepack: 'Servicepakket', addon: 'Add-on' },
  editor: {
    currency: 'Munteenheid',
    currencyHelp: 'Eén munteenheid voor de hele lijst, zoals op uw Combell-facturen (EUR).',
    currencyInvalid: 'Gebruik een muntcode van drie letters, zoals EUR.',
    allPriced_one: 'Het enige item heeft een prijs.',
    allPriced_other: 'Alle {{count}} items hebben een prijs.',
    unpriced_one:
      '{{count}} van {{total}} zonder prijs: het verbruik ervan telt als onbekend, niet als gratis.',
    unpriced_other:
      '{{count}} van {{total}} zonder prijs: het verbruik ervan telt als onbekend, niet als gratis.',
    caption: 'Maandprijzen van de servicepakketten en add-ons in uw account',
    columns: {
      name: 'Naam',
      kind: 'Soort',
      monthlyPrice: 'Maandprijs ({{currency}})',
      price: 'Opgeslagen prijs',
      lastSeen: 'Laatst gezien'
    },
    inputName: {
      servicepack: 'Maandprijs van servicepakket {{name}}',
      addon: 'Maandprijs van add-on {{name}}'
    },
    noPrice: 'Geen prijs',
    priced: 'Geprijsd',
    notSeen: 'Niet gezien',
    save: 'Prijzen opslaan',
    saving: 'Prijslijst opslaan…',
    saveFailed: 'De prijzen zijn niet opgeslagen: {{reason}}',
    problems_one: 'Niets opgeslagen: één prijs moet worden verbeterd.',
    problems_other: 'Niets opgeslagen: {{count}} prijzen moeten worden verbeterd.',
    saved: 'Prijslijst opgeslagen. Het verbruik van deze maand wordt opnieuw berekend.',
    unsaved: 'Niet-opgeslagen wijzigingen.'
  },
  problem: {
    notANumber: 'Vul een bedrag in zoals {{example}}, of laat het leeg.',
    noDecimals: 'Deze munteenheid heeft geen decimalen.',
    tooManyDecimals_one: 'Maximaal {{count}} decimaal.',
    tooManyDecimals_other: 'Maximaal {{count}} decimalen.',
    tooLarge: 'Dat bedrag is te groot.'
  },
  import: {
    title: 'Importeren uit een CSV-bestand',
    help: 'Eén regel per prijs: <code>kind,name,monthly_price,currency</code>, met als soort <code>servicepack</code> of <code>addon</code> en de prijs als decimaal getal met een punt (<code>12.50</code>), alles in één munteenheid. De eerste regel is de kopregel. Een bestand met een fout wordt helemaal niet geïmporteerd.',
    button: 'CSV importeren…',
    importing: 'Importeren…',
    theFile: 'het bestand',
    failed: '{{file}} kon niet worden geïmporteerd: {{reason}}',
    issues_one:
      'Niets geïmporteerd: {{file}} bevat een fout. Verbeter die en kies het bestand opnieuw.',
    issues_other:
      'Niets geïmporteerd: {{file}} bevat {{count}} fouten. Verbeter ze en kies het bestand opnieuw.',
    line: 'Regel {{line}}:',
    imported_one: '{{count}} prijs geïmporteerd uit {{file}}.',
    imported_other: '{{count}} prijzen geïmporteerd uit {{file}}.'
  },
  csv: {
    empty: 'het bestand is leeg',
    header: 'de kopregel moet ‘{{expected}}’ zijn, niet ‘{{got}}’',
    fieldCount: '4 velden verwacht, {{got}} gevonden',
    kind: 'de soort moet servicepack of addon zijn, niet ‘{{got}}’',
    nameEmpty: 'de naam is leeg',
    currency: '‘{{got}}’ is geen muntcode zoals EUR',
    currencyMixed: 'munteenheid {{got}} verschilt van {{currency}}: één munteenheid per prijslijst',
    currencyList:
      'de prijzen van de lijst zijn in {{currency}}: importeer prijzen in {{currency}}, of elk item met een prijs in {{got}}',
    priceNotNumber: 'prijs ‘{{got}}’ is geen gewoon decimaal getal zoals 12.50',
    priceDecimals_one: 'prijs ‘{{got}}’ heeft meer dan {{count}} decimaal',
    priceDecimals_other: 'prijs ‘{{got}}’ heeft meer dan {{count}} decimalen',
    priceTooLarge: 'prijs ‘{{got}}’ is te groot',
    duplicate: {
      servicepack: 'servicepakket ‘{{name}}’ heeft al een prijs op regel {{line}}',
      addon: 'add-on ‘{{name}}’ heeft al een prijs op regel {{line}}'
    },
    noLines: 'geen prijsregels na de kopregel'
  }
};
