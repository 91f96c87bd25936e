// Field schemas with Vietnamese messages. Strings are normalised (NFC, Đ) before parsing by the API
// boundary; these trim, bound and label them.
import { z } from 'zod';
import { tidySpaces } from '../text/vietnamese';
import { parseLocalDateTime } from '../text/dates';

const notText = (label: string) => (issue: { input: unknown }) =>
  issue.input === undefined || issue.input === null ? `${label}: chưa nhập.` : `${label}: phải là chữ.`;

/** A one-line text that must not be empty: names, titles. */
export const requiredText = (label: string, max = 300) =>
  z
    .string({ error: notText(label) })
    .transform(tidySpaces)
    .pipe(
      z
        .string()
        .min(1, { error: `${label} không được để trống.` })
        .max(max, { error: `${label} quá dài (tối đa ${max} ký tự).` }),
    );

/** A one-line text that may be empty; missing means empty. */
export const optionalText = (label: string, max = 300) =>
  z
    .string({ error: notText(label) })
    .transform(tidySpaces)
    .pipe(z.string().max(max, { error: `${label} quá dài (tối đa ${max} ký tự).` }))
    .default('');

/** Multi-line free text (notes, summaries): line breaks kept, ends trimmed. */
export const longText = (label: string, max = 20_000) =>
  z
    .string({ error: notText(label) })
    .transform((s) => s.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().max(max, { error: `${label} quá dài (tối đa ${max} ký tự).` }))
    .default('');

/**
 * The id of a row picked in a select. Nothing picked (missing, null, 0 — a select left at "— Chọn —") says so in
 * the field's own words (`choose`, e.g. "Chọn cấp khen thưởng."), never "mã không hợp lệ": the secretary sees
 * no ids. Anything else that is not an id (a fraction, a negative, text) can only come from a broken caller.
 */
export const entityId = (label: string, choose = `${label}: chưa chọn.`) =>
  z
    .number({ error: (issue) => (issue.input === undefined || issue.input === null || issue.input === '' ? choose : `${label}: mã không hợp lệ.`) })
    .int({ error: `${label}: mã không hợp lệ.` })
    .refine((v) => v !== 0, { error: choose, abort: true })
    .refine((v) => v > 0 && v <= Number.MAX_SAFE_INTEGER, { error: `${label}: mã không hợp lệ.` });

export const oneOf = <const T extends readonly [string, ...string[]]>(label: string, values: T) =>
  z.enum(values, { error: (issue) => (issue.input === undefined || issue.input === null ? `${label}: chưa chọn.` : `${label}: giá trị không hợp lệ.`) });

/** "2026-01-16T08:00": a real local date and time. */
export const localDateTime = (label: string) =>
  z
    .string({ error: notText(label) })
    .trim()
    .refine((v) => v !== '', { error: `${label}: chưa nhập (ví dụ 16/01/2026 08:00).`, abort: true })
    .refine((v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v) && parseLocalDateTime(v) !== null, {
      error: `${label}: ngày giờ không hợp lệ (ví dụ 16/01/2026 08:00).`,
    });

/** "2026-01-16": a real calendar date. */
export const localDate = (label: string) =>
  z
    .string({ error: notText(label) })
    .trim()
    .refine((v) => v !== '', { error: `${label}: chưa nhập (ví dụ 16/01/2026).`, abort: true })
    .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && parseLocalDateTime(v) !== null, {
      error: `${label}: ngày không hợp lệ (ví dụ 16/01/2026).`,
    });

export const yearNumber = (label: string) =>
  z
    .number({ error: `${label}: phải là số năm.` })
    .int({ error: `${label}: phải là số năm.` })
    .min(1945, { error: `${label}: năm không hợp lệ.` })
    .max(2200, { error: `${label}: năm không hợp lệ.` });

export const emptyInput = z.object({}).default({});
export const byId = (label: string) => z.object({ id: entityId(label) });
