/** Dutch, namespace `settings`. */
import type { Translation } from '../../catalog';
import type { settings as en } from '../en/settings';

export const settings: Translation<typeof en> = {
  form: 'Instellingen',
  loadFailed: 'De instellingen konden niet worden geladen: {{reason}}',
  loading: 'Bezig met laden van de instellingen…',
  appearance: {
    title: 'Weergave en regio',
    theme: 'Thema',
    themeSystem: 'Zelfde als het systeem',
    themeLight: 'Licht',
    themeDark: 'Donker',
    timeZone: 'Tijdzone',
    timeZoneHelp:
      'Een IANA-tijdzone zoals Europe/Brussels. Factuurmaanden en meldingsdagen volgen die.'
  },
  language: {
    label: 'Taal',
    system: 'Zelfde als het systeem',
    help: 'Wordt meteen toegepast. ‘Zelfde als het systeem’ volgt {{source}}.',
    sourceBrowser: 'de talen van deze browser',
    sourceSystem: 'de talen van het besturingssysteem',
    saveFailed: 'De taal kon niet worden opgeslagen: {{message}}'
  },
  sync: {
    title: 'Synchronisatie en opstarten',
    interval: 'Synchronisatie-interval (minuten)',
    intervalHelp: 'Tussen 5 en 1440 minuten.',
    closeToTray: 'Actief blijven in het systeemvak als het venster gesloten is',
    startAtLogin: 'Hostdeck starten als ik me aanmeld'
  },
  notifications: {
    title: 'Meldingen',
    showFor: 'Bureaubladmeldingen tonen voor',
    domains: 'Domeinnamen',
    tickets: 'Tickets',
    invoices: 'Facturen',
    pause: 'Meldingen pauzeren',
    pauseHelp:
      'Meldingen blijven zichtbaar in Hostdeck; alleen de pop-ups op het bureaublad stoppen.',
    quietHours: 'Stille uren',
    quietEnabled: 'Meldingen tijdens de stille uren vasthouden',
    quietStart: 'Begin van de stille uren',
    quietEnd: 'Einde van de stille uren'
  },
  alerts: {
    title: 'Meldingen bij het verlopen van domeinnamen',
    thresholds: 'Meldingsdrempels (dagen voor de vervaldatum)',
    thresholdsHelp: 'Dagen gescheiden door komma’s, bijvoorbeeld 60, 30, 14, 7, 3, 1.',
    allForAutoRenew: 'Bij elke drempel melden voor domeinnamen met automatische verlenging',
    allForAutoRenewHelp:
      'Anders melden domeinnamen met automatische verlenging zich alleen bij de laatste drempels.'
  },
  billing: {
    title: 'Facturatie',
    pdfScope: 'Factuur-pdf’s offline bewaard',
    pdfScope24: 'Openstaande facturen en de laatste 24 maanden',
    pdfScopeAll: 'Alle facturen',
    pdfScopeHelp: 'Op de achtergrond gedownload na elke synchronisatie.',
    lowCredit: 'Melding bij laag tegoed onder',
    lowCreditHelp:
      'Een bedrag in de valuta van uw account, bijvoorbeeld 50.00. Leeg laten voor geen melding.'
  },
  credentials: {
    title: 'Inloggegevens',
    weakStorage: 'Zwak beveiligde opslag van geheimen toestaan',
    weakStorageHelp:
      'Alleen voor de desktopapp op Linux, als er geen sleutelbos actief is: de geheimen van providers worden met een vaste sleutel versleuteld in plaats van elke sessie opnieuw gevraagd. Werkt vanaf de volgende start.'
  },
  save: 'Instellingen opslaan',
  saved: 'Opgeslagen',
  draftError: {
    syncIntervalMinutes: 'Synchronisatie-interval: vul een geheel aantal minuten in.',
    alertThresholds:
      'Meldingsdrempels: vul hele dagen in, gescheiden door komma’s, bijvoorbeeld 60, 30, 7.',
    lowCreditThreshold:
      'Melding bij laag tegoed: vul een bedrag in zoals 50.00, of laat het leeg voor geen melding.'
  },
  about: {
    title: 'Over deze installatie',
    version: 'Versie',
    shell: 'Omgeving',
    shellElectron: 'Desktopapp (Electron)',
    shellWeb: 'Webshell (browser)',
    dataDir: 'Gegevensmap',
    logDir: 'Logboekmap',
    secretStorage: 'Opslag van geheimen'
  },
  prices: {
    title: 'Prijslijst van {{name}}',
    text: 'De API van deze provider geeft geen prijzen: de maandprijs van elk servicepakket en elke add-on stelt u hier in, en die bepaalt de prijs van het verbruik dat Hostdeck registreert.',
    edit: 'De prijslijst bewerken'
  }
};
