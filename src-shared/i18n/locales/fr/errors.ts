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
  withDetail: '{{reason}} ({{detail}})'
};
