/** Dutch, namespace `onboarding`. */
import type { Translation } from '../../catalog';
import type { onboarding as en } from '../en/onboarding';

export const onboarding: Translation<typeof en> = {
  intro:
    'Hostdeck bewaart de facturatie, domeinnamen, tickets en het verbruik van uw provider op deze computer, ook offline leesbaar. Begin met voorbeeldgegevens of koppel uw eigen provider.',
  demo: {
    title: 'Probeer de demoprovider',
    description:
      'Een ingebouwde voorbeeldprovider op WHMCS, met facturen, domeinnamen, diensten, tickets en verbruik.',
    failed: 'De demoprovider kon niet starten: {{reason}}'
  },
  combellDemo: {
    title: 'Probeer de Combell-demo',
    description:
      'Een ingebouwd voorbeeldaccount als Combell-reseller: hostingaccounts, servicepakketten, add-ons en domeinnamen. De API van Combell levert geen facturen, tickets of verbruik, dus Hostdeck houdt het verbruik zelf per uur bij.',
    failed: 'De Combell-demo kon niet starten: {{reason}}'
  },
  starting: 'Demo wordt gestart…',
  demoNote:
    'Alles verzonnen, alles lokaal: niets verlaat deze computer. U kunt uw echte provider later koppelen via de profielnaam in de statusbalk.',
  connect: {
    title: 'Uw provider koppelen',
    text: 'Een WHMCS-installatie (API-gegevens of uw klantaanmelding voor WHMCS 9), of een Combell-reselleraccount (een API-sleutel en -geheim uit het Combell-controlepaneel).'
  }
};
