/**
 * Profiles on disk: `profiles.json` in the data dir, written atomically (temp file + rename).
 * It holds names, URLs and logins — never a secret; those live in the SecretStore under
 * `profile:<id>`.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { profileViewSchema, type ProfileView } from '@shared/contract';

/**
 * What is kept on disk: the renderer's view plus the client id the adapter scopes calls to,
 * and the IANA zone the WHMCS server writes its date-times in (UTC when absent).
 */
export const storedProfileSchema = profileViewSchema.extend({
  clientId: z.string().nullable(),
  serverTimeZone: z.string().optional()
});
export type StoredProfile = z.output<typeof storedProfileSchema>;

const fileSchema = z.object({
  version: z.literal(1),
  activeId: z.string().nullable(),
  profiles: z.array(storedProfileSchema)
});
type ProfilesFile = z.output<typeof fileSchema>;

export interface ProfileStore {
  list(): readonly StoredProfile[];
  activeId(): string | null;
  get(id: string): StoredProfile | null;
  add(profile: Omit<StoredProfile, 'id' | 'createdAt'>, createdAt: string): StoredProfile;
  update(id: string, patch: Partial<Pick<StoredProfile, 'name'>>): StoredProfile;
  remove(id: string): void;
  setActive(id: string | null): void;
  /** Where a profile's cache lives. */
  dirOf(id: string): string;
}

/** The renderer's view of a profile (no client id needed there, and no secret anywhere). */
export function toProfileView(p: StoredProfile): ProfileView {
  return {
    id: p.id,
    name: p.name,
    kind: p.kind,
    baseUrl: p.baseUrl,
    authMode: p.authMode,
    login: p.login,
    createdAt: p.createdAt
  };
}

/** Opens (or starts) the profiles file in `dataDir`. An unreadable file is kept aside, not lost. */
export function openProfileStore(dataDir: string): ProfileStore {
  const file = join(dataDir, 'profiles.json');
  mkdirSync(dataDir, { recursive: true });
  let state: ProfilesFile = { version: 1, activeId: null, profiles: [] };
  if (existsSync(file)) {
    const parsed = fileSchema.safeParse(safeJson(readFileSync(file, 'utf8')));
    if (parsed.success) state = parsed.data;
    else renameSync(file, `${file}.unreadable-${Date.now()}`);
  }
  const save = (): void => {
    const temp = `${file}.tmp-${process.pid}`;
    writeFileSync(temp, JSON.stringify(state, null, 2), { mode: 0o600 });
    renameSync(temp, file);
  };
  const find = (id: string): StoredProfile => {
    const profile = state.profiles.find((p) => p.id === id);
    if (!profile) throw new Error(`No profile ${id}`);
    return profile;
  };
  return {
    list: () => state.profiles,
    activeId: () => state.activeId,
    get: (id) => state.profiles.find((p) => p.id === id) ?? null,
    add(profile, createdAt) {
      const stored: StoredProfile = { ...profile, id: randomUUID(), createdAt };
      state = { ...state, profiles: [...state.profiles, stored] };
      save();
      return stored;
    },
    update(id, patch) {
      const next = { ...find(id), ...patch };
      state = { ...state, profiles: state.profiles.map((p) => (p.id === id ? next : p)) };
      save();
      return next;
    },
    remove(id) {
      state = {
        ...state,
        profiles: state.profiles.filter((p) => p.id !== id),
        activeId: state.activeId === id ? null : state.activeId
      };
      save();
    },
    setActive(id) {
      if (id !== null) find(id);
      state = { ...state, activeId: id };
      save();
    },
    dirOf: (id) => join(dataDir, 'profiles', id)
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
