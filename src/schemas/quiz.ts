import { z } from 'astro/zod';

/** One answer option of a quiz question. */
export const quizOptionSchema = z.object({
  /** The answer as the reader sees it. */
  text: z.string().min(1),
  /** True for a right answer. */
  correct: z.boolean().optional().default(false),
  /** Why this option is right or wrong; shown after answering. */
  why: z.string().min(10),
});

/** One question in a ```quiz block. */
export const quizQuestionSchema = z
  .object({
    /** The question. */
    q: z.string().min(5),
    /** True when several options are correct (checkboxes instead of radio buttons). */
    multiple: z.boolean().optional().default(false),
    /** Site path (with #anchor) of the section that teaches the answer, e.g. /containers/history/#docker. */
    learn: z.string().regex(/^\/[a-z0-9-]+\/([a-z0-9-]+\/)?(#[^\s]+)?$/, 'learn must be a site path like /chapter/page/#anchor'),
    /** The answer options, 2 to 6. */
    options: z.array(quizOptionSchema).min(2).max(6),
  })
  .superRefine((question, ctx) => {
    const right = question.options.filter((o) => o.correct).length;
    if (right === 0) ctx.addIssue({ code: 'custom', message: 'no option is marked correct: true' });
    if (!question.multiple && right > 1) {
      ctx.addIssue({ code: 'custom', message: `${right} options are correct: set multiple: true or mark only one` });
    }
  });

export const quizSchema = z.array(quizQuestionSchema).min(1);
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
