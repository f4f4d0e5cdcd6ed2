/**
 * ANS-7: the address of a postal item with its index (почтовый индекс, six digits) apart, as the
 * envelope and the register show it. The index is recognised at the start of the address
 * («628002, г. Ханты-Мансийск, …», the usual way it is written here) or at its end («…, 680000»,
 * the order of the Rules of postal services); otherwise the address stays whole and the index empty.
 */
export function splitPostcode(address: string): { postcode: string; rest: string } {
  const text = address.trim();
  const leading = /^(\d{6})(?!\d)[\s,.;]*(.*)$/s.exec(text);
  if (leading) return { postcode: leading[1]!, rest: leading[2]!.trim() };
  const trailing = /^(.*?)[\s,.;]+(\d{6})\.?$/s.exec(text);
  if (trailing && trailing[1]!.trim()) return { postcode: trailing[2]!, rest: trailing[1]!.trim() };
  return { postcode: '', rest: text };
}
