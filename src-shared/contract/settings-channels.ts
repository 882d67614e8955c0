/**
 * Settings channels.
 */
import { defineInvoke } from './define';
import { settingsSchema, settingsUpdateSchema } from './settings';
import { z } from 'zod';

export const settingsInvokes = {
  'settings:get': defineInvoke(
    'Reads the current settings (defaults filled in).',
    z.undefined(),
    settingsSchema
  ),
  'settings:update': defineInvoke(
    'Applies a partial update and returns the stored settings.',
    settingsUpdateSchema,
    settingsSchema
  )
} as const;
