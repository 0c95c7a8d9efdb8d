import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zhAutospace, zhStyleProblems } from '../../../src/lib/zh-style';
import { mdxFiles } from '../../../scripts/lib/mdx-blocks';

const root = join(import.meta.dirname, '../../..');

describe('Chinese house style', () => {
  it('flags Chinese next to Latin letters or digits without a space', () => {
    expect(zhStyleProblems('使用Kubernetes部署3个副本').map((p) => p.excerpt)).toEqual(['用K']);
    expect(zhStyleProblems('使用 Kubernetes 部署 3 个副本')).toEqual([]);
  });

  it('leaves code, links and tags alone', () => {
    expect(zhStyleProblems('运行 `kubectl get pod`，见[调度](/kubernetes/scheduling/#x)和<Lab id="k8s"/>')).toEqual([]);
    expect(zhStyleProblems('```sh\necho 中文abc\n```\n')).toEqual([]);
  });

  it('flags half-width punctuation in Chinese sentences', () => {
    expect(zhStyleProblems('容器共享内核,所以启动快')[0].message).toMatch(/full-width/);
    expect(zhStyleProblems('容器共享内核，所以启动快')).toEqual([]);
  });

  it('adds the missing spaces without touching code', () => {
    expect(zhAutospace('用Docker构建`a中b`镜像')).toBe('用 Docker 构建`a中b`镜像');
  });

  it('is followed by every Chinese page', () => {
    const problems = mdxFiles(join(root, 'content/zh-cn')).flatMap((f) =>
      zhStyleProblems(readFileSync(f, 'utf8')).map((p) => `${relative(root, f)}:${p.line}: ${p.message}: "${p.excerpt}"`),
    );
    expect(problems).toEqual([]);
  });
});
