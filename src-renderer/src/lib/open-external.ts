/**
 * Opening a provider page (payment, control panel) through the vetted external-link path:
 * main checks the URL (https and mailto only) and hands it to the system browser. The web
 * shell cannot open the browser and says so with `opened:false`; then the vetted URL opens in
 * a new tab without handing it our window.
 */
import { call } from './call';

/** Opens `url` outside the app; a URL main refuses is a thrown error. */
export async function openExternal(url: string): Promise<void> {
  const result = await call('app:open-external', { url });
  if (!result.opened) window.open(url, '_blank', 'noopener,noreferrer');
}
