// Expected failures as GraphQL types, members of mutation result unions. The classes come from
// modules/errors.ts; the errors plugin turns a thrown instance into its type. Refused input is
// described in the language of the request (its Accept-Language header), by @chorus/domain's
// problem catalog.
import { problemMessage } from '@chorus/domain';
import {
  ConflictError,
  isLocalizedError,
  ForbiddenError,
  InvalidCredentialsError,
  InvalidStateError,
  NotFoundError,
  TooManyAttemptsError,
  ValidationError,
  type FieldProblem,
} from '../modules/errors.js';
import { builder } from './builder.js';

const PROBLEM_CODE_DESCRIPTION =
  'What is wrong, as a stable code such as `tooLong`, `required` or `slugTaken`, for programs to act on; the list is in the API guide (docs/api, "Errors"). Codes keep their meaning; messages may be reworded.';

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'An expected failure: the request was understood and refused for the reason given.',
  fields: (t) => ({
    message: t.string({
      description:
        "Why, for people. ValidationError and ConflictError write it in the request's language (its Accept-Language header; see the API guide).",
      resolve: (error, _args, ctx) => (isLocalizedError(error) ? error.messageIn(ctx.locale) : error.message),
    }),
  }),
});

const FieldProblemRef = builder.objectRef<FieldProblem>('FieldProblem').implement({
  description: 'What is wrong with one input field.',
  fields: (t) => ({
    path: t.exposeStringList('path', {
      description: 'The field, as a path into the input: ["translations", "en", "title"].',
    }),
    code: t.exposeString('code', { description: PROBLEM_CODE_DESCRIPTION }),
    message: t.string({
      description:
        "What is wrong, for people, in the request's language: the best match of its Accept-Language header among en, ko and ja, English by default.",
      resolve: (problem, _args, ctx) => problemMessage(problem, ctx.locale),
    }),
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
  fields: (t) => ({
    path: t.exposeStringList('path'),
    code: t.string({ description: PROBLEM_CODE_DESCRIPTION, resolve: (error) => error.problem.code }),
  }),
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
