// Why an appeal cannot take a signature right now. Each is its own member of SignAppealResult.

export class AppealNotFoundError extends Error {
  constructor(readonly slug: string) {
    super(`There is no appeal "${slug}"`);
  }
}

export class AppealNotOpenError extends Error {
  constructor(readonly opensAt: Date | null) {
    super(
      opensAt
        ? `This appeal opens for signatures on ${opensAt.toISOString()}`
        : 'This appeal is not open for signatures yet',
    );
  }
}

export class AppealClosedError extends Error {
  constructor() {
    super('This appeal is closed and no longer takes signatures');
  }
}

export class EmbedOriginNotAllowedError extends Error {
  constructor(readonly origin: string) {
    super(
      `This appeal cannot be signed on ${origin}: the campaign lets only the sites it has listed show its form`,
    );
  }
}
