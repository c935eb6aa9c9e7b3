// The documents the case system receives, described by the same zod schemas the
// forms and the database enforce: a document is the payload as sent, less its
// idempotency key and honeypot, plus an envelope. The committed JSON Schema files
// are generated from here (document-schema.test.ts fails when they are stale).
import * as z from 'zod/mini';
import {
  feedbackAnswersSchema,
  parentCarerReferralSchema,
  professionalReferralSchema,
  referencePattern,
  youngPersonReferralSchema,
} from '../../src/schemas';
import * as c from '../../src/schemas/choices';
import * as f from '../../src/schemas/fields';

export const documentVersion = 1;

/** Every document starts with these: what it is, which submission, when it arrived. */
const envelope = {
  version: z.literal(documentVersion),
  reference: f.pattern(referencePattern),
  received_at: f.isoInstant(),
};

// The refinements (e.g. "a channel needs its phone number") stay on the parts they
// belong to; only the top level is rebuilt, since zod cannot omit from a refined object.
function documentOf<S extends { def: { shape: Record<string, z.ZodMiniType> } }>(payload: S) {
  const { idempotency_key: _key, website: _honeypot, ...answers } = payload.def.shape;
  return f.object({ ...envelope, ...answers, county: f.choice(c.counties) });
}

export const referralDocumentSchema = z.discriminatedUnion('source', [
  documentOf(youngPersonReferralSchema),
  documentOf(parentCarerReferralSchema),
  documentOf(professionalReferralSchema),
]);

export const feedbackDocumentSchema = f.object({
  ...envelope,
  age_band: f.choice(c.ageBands),
  language: f.choice(c.languages),
  /** The case system's own id, when the answers came through a feedback link. */
  linked_case_id: z.optional(f.text(200)),
  answers: feedbackAnswersSchema,
});

const described = {
  referral: {
    schema: referralDocumentSchema,
    title: 'Young Victims Service referral document',
    description:
      'One referral as the case system receives it from `npm run intake -- pull`. `version` changes whenever a field changes meaning or is removed.',
  },
  feedback: {
    schema: feedbackDocumentSchema,
    title: 'Young Victims Service feedback document',
    description:
      'One feedback response as the case system receives it from `npm run intake -- pull --feedback`.',
  },
} as const;

export type DocumentKind = keyof typeof described;

export function jsonSchemaFile(kind: DocumentKind) {
  return `${kind}-document.v${documentVersion}.schema.json`;
}

/** The JSON Schema for one kind of document, as committed under schema/. */
export function documentJsonSchema(kind: DocumentKind): Record<string, unknown> {
  const { schema, title, description } = described[kind];
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: `urn:young-victims-service:${jsonSchemaFile(kind)}`,
    title,
    description,
    ...rest,
  };
}
