/**
 * Types i18next's t() from the English catalog, so a key that does not exist, or a call
 * without a {{variable}} its string needs, fails the type check in every process.
 */
import type { Resources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Resources;
    returnNull: false;
  }
}
