/** The app for a nl-BE browser (checks in i18n-checks.ts). */
import { NL_BE } from './catalog-checks';
import { browserIn, languageTests } from './i18n-checks';
import { test } from './web-shell-fixture';

test.use(browserIn(NL_BE.locale));
languageTests(NL_BE);
