/** Dutch, namespace `errors`. */
import type { Translation } from '../../catalog';
import type { errors as en } from '../en/errors';

export const errors: Translation<typeof en> = {
  kind: {
    auth: 'de provider heeft de inloggegevens niet geaccepteerd',
    'ip-not-allowed': 'de provider staat geen API-toegang toe vanaf dit IP-adres',
    offline: 'de provider is niet bereikbaar',
    'rate-limited':
      'de provider vraagt om het rustiger aan te doen; Hostdeck probeert het later opnieuw',
    'invalid-input': 'het verzoek was niet geldig',
    'not-found': 'de provider heeft het gevraagde niet gevonden',
    conflict: 'de gegevens zijn intussen bij de provider gewijzigd',
    provider: 'de provider antwoordde met een fout',
    unsupported: 'de provider biedt dit niet aan',
    forbidden: 'de provider heeft dit geweigerd',
    internal: 'Hostdeck liep tegen een onverwachte fout aan'
  },
  /** A failure's sentence, from its code (src-shared/result.ts ERROR_CODES) and values. */
  code: {
    'no-provider-connected':
      'Er is nog geen provider gekoppeld. Koppel er een in Instellingen of gebruik de demoprovider.',
    'profile-not-found': 'Dat profiel bestaat niet meer.',
    'credentials-not-stored':
      'De inloggegevens konden niet in de sleutelhanger van het systeem worden bewaard, dus het profiel is niet toegevoegd.',
    'credentials-in-cleartext':
      'Het API-adres moet met https:// beginnen, zodat de inloggegevens niet onversleuteld worden verstuurd.',
    'auth-refused':
      'De provider heeft de inloggegevens niet geaccepteerd. Controleer ze in Instellingen.',
    'ip-not-allowed':
      'De provider staat geen API-toegang toe vanaf dit IP-adres. Voeg het bij de provider toe aan de toegestane adressen van de API.',
    'provider-unreachable':
      'De provider is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.',
    'rate-limited':
      'De provider vraagt om het rustiger aan te doen. Probeer het zo meteen opnieuw.',
    'invalid-input': 'Het verzoek was niet geldig.',
    'unknown-channel': 'Deze versie van Hostdeck kent dat verzoek niet.',
    'invalid-reply': 'Hostdeck gaf een ongeldig antwoord. De details staan in het logbestand.',
    'internal-error': 'Er ging iets mis in Hostdeck. De details staan in het logbestand.',
    'local-server-unreachable': 'De lokale server van Hostdeck is niet bereikbaar. Draait hij nog?',
    'local-server-bad-reply': 'De lokale server van Hostdeck stuurde een onverwacht antwoord.',
    'invoice-not-cached':
      'Factuur {{invoice}} staat niet in de cache. Misschien is ze nog niet gesynchroniseerd, of is ze bij de provider verwijderd.',
    'pdf-not-cached':
      'De pdf van factuur {{invoice}} staat nog niet in de cache en de provider is niet bereikbaar.',
    'invoice-nothing-to-pay': 'Op factuur {{invoice}} staat niets meer open.',
    'demo-no-payment-page': 'De demoprovider heeft geen betaalpagina om te openen.',
    'service-not-cached':
      'Deze dienst staat niet in de cache. Misschien is hij nog niet gesynchroniseerd, of is hij bij de provider verwijderd.',
    'sso-unsupported': 'Deze provider biedt geen single sign-on naar het controlepaneel.',
    'link-refused':
      'Hostdeck heeft deze link niet geopend: hij leidt niet via https naar de eigen site van de provider.',
    'domain-not-cached':
      'Deze domeinnaam staat niet in de cache. Misschien is hij bij de provider verwijderd.',
    'auto-renew-unsupported':
      'Via de API van deze provider kan automatische verlenging niet worden gewijzigd. Pas het aan in het controlepaneel van de provider.',
    'renew-in-combell-panel':
      'Verleng {{domain}} in het controlepaneel van Combell; via de API van Combell kunnen domeinnamen niet worden verlengd.',
    'renew-no-address': 'Deze provider heeft geen webadres om domeinnamen te verlengen.',
    'alert-not-active': 'Deze melding is niet meer actief. Misschien is de domeinnaam verlengd.',
    'alert-not-snoozable':
      'Alleen meldingen over domeinnamen kunnen worden uitgesteld. Markeer deze als gezien.',
    'snooze-date-past': 'Kies een datum na vandaag om tot dan uit te stellen.',
    'ticket-not-cached':
      'Dit ticket staat niet in de cache. Synchroniseer eerst; misschien is het ook bij de provider verwijderd.',
    'ticket-not-found': 'Ticket {{ticket}} staat niet in de cache en ook niet bij de provider.',
    'department-unknown': 'De provider heeft geen afdeling ‘{{department}}’.',
    'related-not-cached':
      'Het item waaraan het ticket gekoppeld moet worden, staat niet in de cache. Synchroniseer eerst.',
    'outbox-item-not-found': 'Dit item in het postvak uit bestaat niet meer.',
    'outbox-not-retryable': 'Alleen een mislukt item kan opnieuw worden verstuurd.',
    'outbox-not-discardable': 'Alleen een wachtend of mislukt item kan worden verwijderd.',
    'currency-invalid': '‘{{currency}}’ is geen valutacode zoals EUR.',
    'currency-mismatch':
      'De prijzen staan in {{current}}. Geef alle prijzen opnieuw op om de lijst naar {{currency}} om te zetten.'
  },
  withDetail: '{{reason}} ({{detail}})'
};
