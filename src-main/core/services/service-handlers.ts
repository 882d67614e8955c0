/**
 * The services channels: the cached hosting accounts and products, and the control-panel
 * login through the provider's single sign-on (the only call that needs the provider).
 */
import type { ContractHandlers } from '@shared/contract';
import type { Service } from '@shared/model';
import { AppFailure } from '../errors';
import type { HandlerContext } from '../handler-context';
import { vetExternalUrl } from '../security/external-url';
import type { Session } from '../profile-session';
import { getService, listServices, serviceView } from './service-repository';

type ServiceChannels = 'services:list' | 'services:get' | 'services:login-url';

/**
 * Whether "Log in to control panel" is offered, decided without asking the provider: the
 * account runs on a server, and the profile can create WHMCS single sign-on tokens (classic
 * API access; the demo provider has no control panel a browser could open).
 */
function offersSingleSignOn(session: Session, service: Service): boolean {
  return (
    session.profile.kind !== 'demo' &&
    session.profile.authMode === 'classic' &&
    service.status === 'active' &&
    (service.serverHostname ?? null) !== null
  );
}

function requireService(session: Session, id: string): Service {
  const service = getService(session.cache.db, id);
  if (!service)
    throw new AppFailure(
      'not-found',
      `Service ${id} is not in the cache (it may not be synced yet, or it was removed at the provider).`,
      { code: 'service-not-cached', values: { service: id } }
    );
  return service;
}

/** Services handlers over the active profile's cache. */
export function createServiceHandlers(
  ctx: HandlerContext
): Pick<ContractHandlers, ServiceChannels> {
  return {
    'services:list': async (input) => listServices(ctx.requireSession().cache.db, input),
    'services:get': async ({ id }) => {
      const session = ctx.requireSession();
      const service = requireService(session, id);
      return { service: serviceView(service), singleSignOn: offersSingleSignOn(session, service) };
    },
    'services:login-url': async ({ id }) => {
      const session = ctx.requireSession();
      const service = requireService(session, id);
      if (!offersSingleSignOn(session, service))
        throw new AppFailure(
          'unsupported',
          'This provider offers no single sign-on into the control panel of this service.',
          { code: 'sso-unsupported' }
        );
      const adapter = await session.adapter();
      if (!adapter.clientAreaLink)
        throw new AppFailure('unsupported', 'This provider offers no single sign-on links.', {
          code: 'sso-unsupported'
        });
      const url = await adapter.clientAreaLink({
        kind: 'service-control-panel',
        serviceId: service.id
      });
      const vetted = vetExternalUrl(url);
      if (!vetted.ok)
        throw new AppFailure(
          'forbidden',
          `The control panel link cannot be opened: ${vetted.reason}`,
          { code: 'link-refused' }
        );
      return { url: vetted.url };
    }
  };
}
