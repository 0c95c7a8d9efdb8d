import { z } from 'astro/zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2026-03-04');

/** One Leitner entry of a quiz question (src/lib/review.ts). */
export const reviewEntrySchema = z.object({
  /** Box 1 to 5. */
  box: z.number().int().min(1).max(5),
  /** Day of the last answer. */
  seen: day,
  /** Day the question comes back. */
  due: day,
});

/** The reader's progress as src/lib/progress.ts keeps it. */
export const progressSchema = z.object({
  /** Format version. */
  version: z.literal(1),
  /** Page keys ("containers/history/") mapped to the first day they were read. */
  read: z.record(z.string(), day),
  /** Quiz ids mapped to the last score. */
  quizzes: z.record(z.string(), z.object({ right: z.number().int().min(0), total: z.number().int().min(1), at: day })),
  /** Lab challenge ids mapped to the first day the goal was met. */
  challenges: z.record(z.string(), day).default({}),
  /** Question ids mapped to their Leitner entry. */
  review: z.record(z.string(), reviewEntrySchema).default({}),
});

/** The file "Export progress" writes. */
export const progressFileSchema = z.object({
  /** Always "cloud-native-atlas-progress". */
  format: z.literal('cloud-native-atlas-progress'),
  /** When the file was written (ISO date-time). */
  exported: z.string(),
  progress: progressSchema,
});

export type ProgressFile = z.infer<typeof progressFileSchema>;

/** The file's progress, or the first problem as "path: message". */
export function readProgressFile(text: string): { ok: true; file: ProgressFile } | { ok: false; problem: 'not-json' | string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const result = progressFileSchema.safeParse(data);
  if (result.success) return { ok: true, file: result.data };
  const issue = result.error.issues[0];
  return { ok: false, problem: `${issue.path.join('.') || '(file)'}: ${issue.message}` };
}
