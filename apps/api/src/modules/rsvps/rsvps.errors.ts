// Why an event does not take a registration. Each is its own member of RsvpEventResult.

export class EventNotFoundError extends Error {
  constructor() {
    super('There is no such event');
  }
}

export class EventCancelledError extends Error {
  constructor() {
    super('This event is cancelled');
  }
}

export class EventPastError extends Error {
  constructor() {
    super('This event has already taken place');
  }
}
