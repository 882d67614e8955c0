/**
 * Services: every hosting account and product at `services`, one at `services/<id>`.
 */
import type { PageProps } from '../../app/pages';
import { ServiceDetail } from './service-detail';
import { ServicesList } from './services-list';
import './services.css';

/** The Services page (route `services`, or `services/<id>` for one service). */
export function ServicesPage({ params }: PageProps) {
  const id = params[0];
  return id ? <ServiceDetail key={id} id={id} /> : <ServicesList />;
}
