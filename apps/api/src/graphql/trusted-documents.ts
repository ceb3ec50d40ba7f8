// Trusted documents: the GraphQL operations of Chorus's own clients (the widget and the dashboard).
// In production an anonymous caller may run only these; people signed in and API keys may run any
// query within the limits. The widget sends its operations by hash alone (Apollo's persisted-query
// protocol), so a page embedding it sends a few bytes instead of the document.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dashboardOperations } from '@chorus/dashboard';
import { widgetOperations } from '@chorus/widget';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, parse, print, type DocumentNode } from 'graphql';
import type { Viewer } from '../modules/access/viewer.js';

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export class TrustedDocuments {
  /** Hashes of the documents as printed by graphql-js: whitespace and comments do not matter. */
  private readonly canonical = new Set<string>();
  /** The exact text of each document by the hash of that text, for requests that send a hash only. */
  private readonly byHash = new Map<string, string>();

  constructor(documents: Iterable<string>) {
    for (const document of documents) {
      this.canonical.add(sha256(print(parse(document))));
      this.byHash.set(sha256(document), document);
    }
  }

  get size(): number {
    return this.canonical.size;
  }

  /**
   * Answers by document object: Apollo hands every request of the same text the same parsed
   * document from its cache, so printing and hashing happen once per document, not per request.
   */
  private readonly verdicts = new WeakMap<DocumentNode, boolean>();

  isTrusted(document: DocumentNode): boolean {
    let trusted = this.verdicts.get(document);
    if (trusted === undefined) {
      trusted = this.canonical.has(sha256(print(document)));
      this.verdicts.set(document, trusted);
    }
    return trusted;
  }

  /**
   * Apollo's persisted-query cache, read-only: it knows exactly the trusted documents, and a
   * caller cannot register new ones by sending a document with its hash.
   */
  persistedQueryCache(): {
    get(key: string): Promise<string | undefined>;
    set(): Promise<void>;
    delete(): Promise<void>;
  } {
    return {
      get: async (key) => this.byHash.get(key.replace(/^apq:/, '')),
      set: async () => {},
      delete: async () => {},
    };
  }
}

/** When enforced (in production), anonymous callers run trusted documents only. */
export function trustedDocumentsPlugin<Context extends BaseContext & { viewer: Viewer }>(options: {
  enforce: boolean;
  trusted: TrustedDocuments;
}): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!options.enforce || contextValue.viewer.kind !== 'anonymous') return;
          if (options.trusted.isTrusted(document)) return;
          throw new GraphQLError(
            "Without signing in, only the operations of Chorus's own widget and dashboard may be run here. Partners' programs use an API key.",
            { extensions: { code: 'UNTRUSTED_DOCUMENT', http: { status: 403 } } },
          );
        },
      };
    },
  };
}

/** The trusted documents of this build: the widget's operations and the dashboard's. */
export function loadTrustedDocuments(): TrustedDocuments {
  const widget = JSON.parse(readFileSync(widgetOperations, 'utf8')) as Record<string, { query: string }>;
  const dashboard = JSON.parse(readFileSync(dashboardOperations, 'utf8')) as Record<string, string>;
  return new TrustedDocuments([
    ...Object.values(widget).map((operation) => operation.query),
    ...Object.values(dashboard),
  ]);
}
