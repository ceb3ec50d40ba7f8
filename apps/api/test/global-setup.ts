import type { TestProject } from 'vitest/node';
import { createTemplate, dropTemplate, type DatabaseTemplate } from './databases.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplate: DatabaseTemplate;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const template = await createTemplate(process.env.DATABASE_URL || undefined);
  project.provide('databaseTemplate', template);
  return () => dropTemplate(template);
}
