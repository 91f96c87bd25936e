// Desktop-only actions outside the data contract: saving a generated file where the user chooses, and
// printing. The browser host does the same through a download and window.print().
import { z } from 'zod';

export const SHELL_CHANNELS = {
  saveFile: 'shell:saveFile',
  print: 'shell:print',
  printToPdf: 'shell:printToPdf',
  /** Desktop only: native open dialog, then the chosen data file is opened. */
  openDataFile: 'shell:openDataFile',
  /** Desktop only: native save dialog, then a new data file is created there and opened. */
  newDataFile: 'shell:newDataFile',
} as const;

/** Main → page (not an invoke channel): a change made through the API, e.g. a desk on the LAN checked someone in. */
export const CHANGE_CHANNEL = 'thuky:change';

export const saveFileRequest = z.object({
  /** Name offered in the save dialog; the user picks the folder. Never a path from the page. */
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[^\\/:*?"<>|]+$/),
  dataBase64: z.string().max(200 * 1024 * 1024),
  filters: z
    .array(z.object({ name: z.string().max(100), extensions: z.array(z.string().max(10)).max(5) }))
    .max(5)
    .default([]),
});
export type SaveFileRequest = z.input<typeof saveFileRequest>;

export const printToPdfRequest = z.object({
  /** Name offered in the save dialog; the user picks the folder. */
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[^\\/:*?"<>|]+\.pdf$/i),
  landscape: z.boolean().default(false),
});
export type PrintToPdfRequest = z.input<typeof printToPdfRequest>;
