/** The app for a fr-BE browser (checks in i18n-checks.ts). */
import { FR_BE } from './catalog-checks';
import { browserIn, languageTests } from './i18n-checks';
import { test } from './web-shell-fixture';

test.use(browserIn(FR_BE.locale));
languageTests(FR_BE);
