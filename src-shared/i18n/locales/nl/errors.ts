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
  withDetail: '{{reason}} ({{detail}})'
};
