/**
 * The unread count next to "Tickets" in the navigation: tickets with a staff reply the
 * reseller has not opened. Main keeps the count (opening a thread marks it read), so the
 * badge follows `cache:changed` without polling.
 */
import { useTranslation } from 'react-i18next';
import { useUnreadTicketCount } from './tickets-queries';

/** The badge, or nothing at zero or while unknown. */
export function TicketsNavBadge() {
  const unread = useUnreadTicketCount();
  const { t } = useTranslation('tickets');
  if (!unread) return null;
  return (
    <>
      {' '}
      <span className="nav__badge" data-testid="nav-unread" data-count={unread}>
        {unread > 99 ? '99+' : unread}
        <span className="visually-hidden"> {t('nav.unread')}</span>
      </span>
    </>
  );
}
