// Expected failures as GraphQL types, members of mutation result unions. The classes come from
// modules/errors.ts; the errors plugin turns a thrown instance into its type.
import {
  ConflictError,
  ForbiddenError,
  InvalidCredentialsError,
  InvalidStateError,
  NotFoundError,
  TooManyAttemptsError,
  ValidationError,
  type FieldProblem,
} from '../modules/errors.js';
import { builder } from './builder.js';

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'An expected failure: the request was understood and refused for the reason given.',
  fields: (t) => ({ message: t.exposeString('message') }),
});

const FieldProblemRef = builder.objectRef<FieldProblem>('FieldProblem').implement({
  description: 'What is wrong with one input field.',
  fields: (t) => ({
    path: t.exposeStringList('path', {
      description: 'The field, as a path into the input: ["translations", "en", "title"].',
    }),
    message: t.exposeString('message'),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'Some input fields are not acceptable; each problem names its field.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ problems: t.field({ type: [FieldProblemRef], resolve: (error) => error.problems }) }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'The object does not exist, or you may not see it.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ typename: t.exposeString('typename') }),
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  description: 'The change clashes with existing data, such as a slug already taken.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ path: t.exposeStringList('path') }),
});

builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  description: 'You are signed in, or using a key, but may not do this.',
  interfaces: [ErrorInterface],
});

builder.objectType(InvalidStateError, {
  name: 'InvalidStateError',
  description:
    'The object is not in a state that allows this, such as opening an appeal of an archived campaign.',
  interfaces: [ErrorInterface],
});

builder.objectType(InvalidCredentialsError, {
  name: 'InvalidCredentialsError',
  description: 'The email or password is not right (the same answer whether or not the email exists).',
  interfaces: [ErrorInterface],
});

builder.objectType(TooManyAttemptsError, {
  name: 'TooManyAttemptsError',
  description: 'Too many failed attempts; wait before trying again.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ retryAfterSeconds: t.exposeInt('retryAfterSeconds') }),
});

/** The failures most mutations can return. */
export const COMMON_ERRORS = [
  ValidationError,
  NotFoundError,
  ConflictError,
  ForbiddenError,
  InvalidStateError,
];
