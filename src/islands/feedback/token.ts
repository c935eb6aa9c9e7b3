// A caseworker's feedback link may carry a single-use token in the fragment
// (#token=…), for either survey. It is read once into memory and taken out of
// the address bar at once.
import { feedbackToken as feedbackTokenPattern } from '../../schemas/patterns';

export function tokenFromFragment(): string | undefined {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (!match) return undefined;
  // Out of the address bar and this history entry: a shared device's history
  // should not hold a link back to someone's case.
  window.history.replaceState(null, '', window.location.pathname);
  // A damaged link still opens the survey: its answers are simply not linked.
  let token = '';
  try {
    token = decodeURIComponent(match[1] ?? '');
  } catch {
    return undefined;
  }
  return feedbackTokenPattern.test(token) ? token : undefined;
}
