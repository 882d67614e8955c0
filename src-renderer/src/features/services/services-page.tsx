/**
 * Services: every hosting account and product at `services`, one at `services/<id>`.
 */
import { ServiceDetail } from './service-detail';
import { ServicesList } from './services-list';
import './services.css';

/** The Services page (route `services`, or `services/<id>` for one service). */
export function ServicesPage({ id }: { readonly id?: string }) {
  return id ? <ServiceDetail key={id} id={id} /> : <ServicesList />;
}
