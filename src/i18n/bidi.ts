/**
 * In right-to-left text a phone number's digit groups are laid out right to left
 * too, so "0800 1111" would read "1111 0800" and be dialled wrongly. Isolating
 * each run of digits as left-to-right keeps it in dialling order.
 */
export function isolateNumbers(text: string): string {
  return text.replace(/\d(?:[\d ]*\d)?/g, (digits) => `\u2066${digits}\u2069`);
}
