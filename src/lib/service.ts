// Where quick exit goes: a busy, ordinary site that looks unremarkable in a
// history list. Overridable per deployment. (Phone numbers and the provider's
// promises are in provider-settings.ts.)
export const service = {
  neutralUrl: import.meta.env.PUBLIC_QUICK_EXIT_URL ?? 'https://www.bbc.co.uk/weather',
} as const;
