// The payload contract: schemas, limits, choices, error codes and helpers that the
// forms, the tests and (by way of the SQL migrations) the database share.
export * from './codes';
export * from './limits';
export * from './choices';
export * from './errors';
export * from './location';
export * from './referral';
export * from './feedback';
export * from './adult-feedback';
export * from './panel';
export * from './monitoring';
export * from './constraints';
export {
  notBlank,
  storable,
  email as emailPattern,
  feedbackToken as feedbackTokenPattern,
  reference as referencePattern,
  ageOn,
} from './patterns';
