/**
 * Secrets as `safeStorage` ciphertext in `secrets.json` under userData. safeStorage only
 * encrypts; this file is the key-value part. Writes are atomic (temp file + rename) and
 * serialised, so a crash or two quick saves never leave a torn file.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Logger, SecretStore } from '../core/ports';
import type { ElectronSafeStorage } from './electron-types';

/** The file name inside the data directory. */
export const SECRETS_FILE = 'secrets.json';

const entrySchema = z.object({
  account: z.string(),
  /** base64 of safeStorage.encryptString output. */
  ciphertext: z.string(),
  /** The backend at write time, to explain a later decryption failure (keyring changed). */
  backend: z.string(),
  createdAt: z.string()
});
// An array, not a keyed object: account names such as "__proto__" stay ordinary data.
const fileSchema = z.object({ version: z.literal(2), entries: z.array(entrySchema) });
type SecretsFile = z.output<typeof fileSchema>;

export interface SafeStorageFileStoreOptions {
  readonly safeStorage: Pick<ElectronSafeStorage, 'encryptString' | 'decryptString'>;
  readonly dataDir: string;
  readonly backend: string;
  readonly description: string;
  readonly logger: Logger;
  readonly now?: () => number;
}

/** Builds the store; the file is created on the first `set`. */
export function createSafeStorageFileStore(options: SafeStorageFileStoreOptions): SecretStore {
  const file = path.join(options.dataDir, SECRETS_FILE);
  const now = options.now ?? Date.now;
  let queue: Promise<unknown> = Promise.resolve();

  const load = async (): Promise<SecretsFile> => {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 2, entries: [] };
      throw error;
    }
    const parsed = fileSchema.safeParse(safeJson(text));
    if (parsed.success) return parsed.data;
    options.logger.log(
      'warn',
      'the secrets file is unreadable; stored secrets must be entered again',
      { file }
    );
    return { version: 2, entries: [] };
  };

  const save = async (contents: SecretsFile): Promise<void> => {
    await mkdir(options.dataDir, { recursive: true });
    const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temp, `${JSON.stringify(contents, null, 2)}\n`, { mode: 0o600 });
      await rename(temp, file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  };

  // Every read-modify-write runs after the previous one, so concurrent sets cannot lose data.
  const serialised = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    description: options.description,
    get: (account) =>
      serialised(async () => {
        const contents = await load();
        const entry = contents.entries.find((candidate) => candidate.account === account);
        if (!entry) return null;
        try {
          return options.safeStorage.decryptString(Buffer.from(entry.ciphertext, 'base64'));
        } catch {
          // The keyring changed or was reset: the secret is gone for good. Drop it so the UI
          // asks again instead of failing on every start (an API key can be re-issued).
          options.logger.log('warn', 'a stored secret could not be decrypted and was discarded', {
            account,
            writtenWith: entry.backend,
            now: options.backend
          });
          await save({
            ...contents,
            entries: contents.entries.filter((candidate) => candidate !== entry)
          });
          return null;
        }
      }),
    set: (account, secret) =>
      serialised(async () => {
        const contents = await load();
        const ciphertext = options.safeStorage.encryptString(secret).toString('base64');
        const entry = {
          account,
          ciphertext,
          backend: options.backend,
          createdAt: new Date(now()).toISOString()
        };
        await save({
          ...contents,
          entries: [...contents.entries.filter((candidate) => candidate.account !== account), entry]
        });
      }),
    delete: (account) =>
      serialised(async () => {
        const contents = await load();
        const remaining = contents.entries.filter((candidate) => candidate.account !== account);
        if (remaining.length === contents.entries.length) return false;
        await save({ ...contents, entries: remaining });
        return true;
      })
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
