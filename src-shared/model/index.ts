/**
 * The normalized provider model shared by main and renderer: readonly types plus the zod
 * schemas they are derived from. Pure TypeScript; imports nothing from Node or the DOM.
 */
export * from './common';
export * from './account';
export * from './billing';
export * from './domain';
export * from './service';
export * from './ticket';
export * from './usage';
export * from './capabilities';
