// Facts about the service that appear on many pages. The provider confirms the
// phone number and hours before launch; change them here and nowhere else.
export const service = {
  phone: '0300 1234 148',
  phoneHref: 'tel:+443001234148',
  /** The adult victims service for Thames Valley, for anyone 18 or over. */
  victimsFirstHref: 'tel:+443001234148',
  childline: '0800 1111',
  childlineHref: 'tel:08001111',
  emergencyHref: 'tel:999',
  victimSupport: '08 08 16 89 111',
  victimSupportHref: 'tel:08081689111',
  victimServiceFinder: 'https://www.victimandwitnessinformation.org.uk/',
  /**
   * Where quick exit goes: a busy, ordinary site that looks unremarkable in a
   * history list. Overridable per deployment.
   */
  neutralUrl: import.meta.env.PUBLIC_QUICK_EXIT_URL ?? 'https://www.bbc.co.uk/weather',
} as const;
