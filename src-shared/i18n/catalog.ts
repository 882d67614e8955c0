/**
 * The shape of a translated catalog: the same keys as the English one (its source), every
 * value a string. Plural keys follow i18next's suffixes (`_one`, `_other`, and `_many` where
 * Intl.PluralRules of the language has it: French); tests/unit/i18n/catalog-parity.test.ts
 * checks the forms and the {{variables}} of every key in every language.
 */
type PluralBase<K> = K extends `${infer B}_other` ? B : never;

export type Translation<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]>;
} & {
  readonly [K in PluralBase<keyof T> as `${K & string}_many`]?: string;
};
