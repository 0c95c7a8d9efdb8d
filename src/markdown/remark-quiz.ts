/**
 * ```quiz blocks (YAML) become <Quiz data="..."/> elements after validation against
 * src/schemas/quiz.ts; the Quiz component renders them. Invalid YAML or a schema error fails
 * the build with the file, the line and the question.
 */
import type { Root, Code } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { parse } from 'yaml';
import { quizSchema } from '../schemas/quiz';
import { where } from './where';
import { localeOfFile } from '../lib/page-path';

export function parseQuiz(source: string, location: string) {
  let data: unknown;
  try {
    data = parse(source);
  } catch (error) {
    throw new Error(`${location}: the quiz block is not valid YAML: ${(error as Error).message}`);
  }
  const result = quizSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const [question, ...rest] = issue.path;
    const at = typeof question === 'number' ? `question ${question + 1}${rest.length ? ` (${rest.join('.')})` : ''}` : 'quiz';
    throw new Error(`${location}: ${at}: ${issue.message}`);
  }
  return result.data;
}

export function remarkQuiz() {
  return (tree: Root, file: VFile) => {
    let count = 0;
    visit(tree, 'code', (node: Code, index, parent) => {
      if (node.lang !== 'quiz' || !parent || index === undefined) return;
      const questions = parseQuiz(node.value, where(file, node.position?.start.line));
      count++;
      parent.children[index] = {
        type: 'mdxJsxFlowElement',
        name: 'Quiz',
        attributes: [
          { type: 'mdxJsxAttribute', name: 'data', value: JSON.stringify(questions) },
          { type: 'mdxJsxAttribute', name: 'index', value: String(count) },
          // The language the quiz is written in: its "learn" links go to pages in that language.
          { type: 'mdxJsxAttribute', name: 'locale', value: localeOfFile(file.path) },
        ],
        children: [],
      } as never;
    });
  };
}
