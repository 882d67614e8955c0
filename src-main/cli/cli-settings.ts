/** The saved settings of a data dir, as the command line reads them (never written). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultSettings, settingsSchema, type Settings } from '@shared/contract';

/**
 * The saved settings of the data dir (read-only), or the defaults when there are none. A file
 * the schema refuses (or that is not JSON) also gives the defaults, after `onInvalid(file)`.
 */
export function readSettings(dataDir: string, onInvalid?: (file: string) => void): Settings {
  const file = join(dataDir, 'settings.json');
  if (!existsSync(file)) return defaultSettings();
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: the defaults, as for a refused file.
  }
  onInvalid?.(file);
  return defaultSettings();
}
