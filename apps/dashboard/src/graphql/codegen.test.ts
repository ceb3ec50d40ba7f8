// @vitest-environment node
// The committed operation types must be what codegen makes of today's operations and schema.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { codegenConfig } from '../../codegen';

describe('generated GraphQL types', () => {
  it('match the operations and apps/api/schema.graphql (run `npm run codegen` when this fails)', async () => {
    const files = (await generate({ ...codegenConfig, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(readFileSync(resolve(file.filename), 'utf8'), file.filename).toBe(file.content);
    }
  }, 60_000);
});
