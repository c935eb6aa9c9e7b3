// The documents the case system receives, described by the same zod schemas the
// forms and the database enforce: a document is the payload as sent, less its
// idempotency key and honeypot, plus an envelope. The committed JSON Schema files
// are generated from here (document-schema.test.ts fails when they are stale).
import * as z from 'zod/mini';
import {
  adultFeedbackAnswersSchema,
  feedbackAnswersSchema,
  parentCarerReferralSchema,
  panelContactRule,
  panelSchema,
  professionalReferralSchema,
  referencePattern,
  youngPersonReferralSchema,
} from '../../src/schemas';
import * as c from '../../src/schemas/choices';
import * as f from '../../src/schemas/fields';
import * as re from '../../src/schemas/patterns';

/**
 * The version each kind of document is written in now. Only these are described
 * here: a released version's JSON Schema and example are frozen as they were
 * released (schema/released.json holds their digests, document-schema.test.ts
 * holds them to it), whatever today's schemas say.
 */
export const documentVersions = {
  referral: 3,
  feedback: 1,
  'adult-feedback': 1,
  'panel-volunteer': 1,
} as const;

/**
 * A compatible addition (a field a reader may ignore) raises the minor version; a
 * document states it as `minor_version` beside `version`, so a reader that checks
 * `version === 3` reads a 3.1 document as before. The database writes both
 * (private.referral_document_version, generated from here).
 */
export const referralDocumentVersion = { version: documentVersions.referral, minor: 1 };

/** `3.1`: a version as the files under schema/ and examples/ name it. */
export const versionLabel = (version: number, minor = 0) =>
  minor ? `${version}.${minor}` : String(version);

/** Every document starts with these: what it is, which submission, when it arrived. */
const envelope = (version: number) => ({
  version: z.literal(version),
  reference: f.pattern(referencePattern),
  received_at: f.isoInstant(),
});

/** What a caseworker reads first, before the answers (since version 2). */
const firstRead = {
  /** How it is safe to make contact, in plain English, in a fixed order. */
  contact_summary: f.text(2000),
  /** Derived by the portal from the answers, never asked. */
  priority: f.choice(['urgent', 'routine'] as const),
  urgent_reasons: z.array(
    f.choice([
      'not_safe_now',
      'not_sure_safe_now',
      'lives_with_harmer',
      'still_happening',
    ] as const),
  ),
};

/**
 * Since version 3: the id of the referral's row in the portal's statistics, random,
 * for the case system to keep in its case and report milestones against
 * (`npm run intake -- milestone`) once the portal has forgotten the referral.
 */
const milestoneLink = { statistics_id: f.pattern(re.uuid) };

/**
 * Version 3.1: present, and true, when the referral arrived in an hour in which the
 * ceiling from everyone was reached, so a flood may have put junk into the queue
 * beside it.
 */
const surgeFlag = { surge: z.optional(z.literal(true)) };

/**
 * The keys the portal adds to what was sent, in any kind of document: the envelope,
 * what it derives from the answers, and a feedback link's case id. A document less
 * these is the payload as sent, less what only the browser needed.
 */
export const serverAddedKeys: readonly string[] = [
  ...Object.keys(envelope(0)),
  'minor_version',
  ...Object.keys(firstRead),
  ...Object.keys(milestoneLink),
  ...Object.keys(surgeFlag),
  'county',
  'linked_case_id',
];

// The refinements (e.g. "a channel needs its phone number") stay on the parts they
// belong to; only the top level is rebuilt, since zod cannot omit from a refined object.
function documentOf<S extends { def: { shape: Record<string, z.ZodMiniType> } }>(payload: S) {
  // What the sender's browser needed to send, never what it said: not in a document.
  const {
    idempotency_key: _key,
    website: _honeypot,
    proof: _proof,
    ...answers
  } = payload.def.shape;
  const { version, minor } = referralDocumentVersion;
  return f.object({
    ...envelope(version),
    ...(minor ? { minor_version: z.literal(minor) } : {}),
    ...firstRead,
    ...milestoneLink,
    ...surgeFlag,
    ...answers,
    county: f.choice(c.counties),
  });
}

export const referralDocumentSchema = z.discriminatedUnion('source', [
  documentOf(youngPersonReferralSchema),
  documentOf(parentCarerReferralSchema),
  documentOf(professionalReferralSchema),
]);

export const feedbackDocumentSchema = f.object({
  ...envelope(documentVersions.feedback),
  age_band: f.choice(c.ageBands),
  language: f.choice(c.languages),
  /** The case system's own id, when the answers came through a feedback link. */
  linked_case_id: z.optional(f.text(200)),
  answers: feedbackAnswersSchema,
});

export const adultFeedbackDocumentSchema = f.object({
  ...envelope(documentVersions['adult-feedback']),
  respondent: f.choice(c.adultRespondents),
  language: f.choice(c.languages),
  /** The case system's own id, when the answers came through a feedback link. */
  linked_case_id: z.optional(f.text(200)),
  answers: adultFeedbackAnswersSchema,
});

// The offer as sent, less what only the browser needed, inside the envelope; zod
// cannot omit from a refined object, so the rule (the detail the chosen way needs)
// is put back on the rebuilt one.
const {
  idempotency_key: _panelKey,
  website: _panelHoneypot,
  proof: _panelProof,
  ...panelAnswers
} = panelSchema.def.shape;
export const panelDocumentSchema = f
  .object({
    ...envelope(documentVersions['panel-volunteer']),
    ...panelAnswers,
  })
  .check(panelContactRule);

const described = [
  {
    kind: 'referral',
    version: versionLabel(referralDocumentVersion.version, referralDocumentVersion.minor),
    schema: referralDocumentSchema,
    title: 'Young Victims Service referral document',
    description:
      'One referral as the case system receives it from `npm run intake -- pull`: first the contact-safety summary, the priority and why, then the answers; `statistics_id` is kept in the case to report milestones with `npm run intake -- milestone`. `version` changes whenever a field is removed or changes meaning; `minor_version` rises when a field is added that a reader may ignore.',
  },
  {
    kind: 'feedback',
    version: '1',
    schema: feedbackDocumentSchema,
    title: 'Young Victims Service feedback document',
    description:
      'One feedback response as the case system receives it from `npm run intake -- pull --feedback`.',
  },
  {
    kind: 'adult-feedback',
    version: '1',
    schema: adultFeedbackDocumentSchema,
    title: 'Young Victims Service feedback document from a parent, carer or professional',
    description:
      'One answer to the grown-ups’ survey as the case system receives it from `npm run intake -- pull --adult-feedback`.',
  },
  {
    kind: 'panel-volunteer',
    version: '1',
    schema: panelDocumentSchema,
    title: 'Young Victims Service panel volunteer document',
    description:
      'One young person offering to help shape the service, as the case system receives it from `npm run intake -- pull --panel`: a first name and the one way they chose to be contacted by a grown-up. Never linked to any survey answer.',
  },
] as const;

export type DocumentKind = 'referral' | 'feedback' | 'adult-feedback' | 'panel-volunteer';
/** The version each kind is written in now, as the files name it (`3.1`). */
export const describedVersions = described.map(({ kind, version }) => ({ kind, version }));

export const jsonSchemaFile = (kind: DocumentKind, version: string) =>
  `${kind}-document.v${version}.schema.json`;
export const exampleFile = (kind: DocumentKind, version: string) => `${kind}.v${version}.json`;

/** The JSON Schema of the version of a kind of document written now, as committed under schema/. */
export function documentJsonSchema(kind: DocumentKind): Record<string, unknown> {
  const found = described.find((d) => d.kind === kind)!;
  const generated = z.toJSONSchema(found.schema, { target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: `urn:young-victims-service:${jsonSchemaFile(kind, found.version)}`,
    title: found.title,
    description: found.description,
    ...rest,
  };
}
