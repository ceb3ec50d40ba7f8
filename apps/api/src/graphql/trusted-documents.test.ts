import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { TrustedDocuments } from './trusted-documents.js';

describe('trusted documents', () => {
  const trusted = new TrustedDocuments(['query Count($s: String!) { appeal(slug: $s) { signatureCount } }']);

  it('keeps its verdict on a document asked about again, as every request of the same text is', () => {
    const same = parse('query Count($s:String!){appeal(slug:$s){signatureCount}}');
    const other = parse('query Count($s: String!) { appeal(slug: $s) { signatureCount goal } }');
    for (let request = 0; request < 3; request += 1) {
      expect(trusted.isTrusted(same)).toBe(true);
      expect(trusted.isTrusted(other)).toBe(false);
    }
    // A new parse of an untrusted text is judged on its own, not by what an earlier object was.
    expect(trusted.isTrusted(parse('{ __typename }'))).toBe(false);
  });
});
