// Feedback as the case system receives it (see ../case-system.ts), and feedback
// tokens as a caseworker gets them: both with the service key, never the portal's.
import { caseSystem, pull, type CaseDocument } from '../case-system';

export async function issueToken(caseId: string): Promise<string> {
  const { data, error } = await caseSystem().rpc('issue_feedback_token', { case_id: caseId });
  if (error) throw new Error(error.message);
  return (data as { token: string }).token;
}

/** Every feedback document whose comment is `comment`. */
export const pullFeedback = (
  comment: string,
  options?: { waitMs?: number },
): Promise<CaseDocument[]> =>
  pull(
    'feedback',
    (doc) => (doc.answers as { comment?: string } | undefined)?.comment === comment,
    options,
  );
