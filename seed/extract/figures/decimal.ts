/**
 * Exact decimal arithmetic on strings: figures are normalised by moving the
 * decimal point, never through floating point (9.2 * 1e8 = 919999999.9999999).
 */

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

export const isDecimal = (value: string): boolean => DECIMAL.test(value);

/** Canonical form: no leading zeros in the integer part, no trailing zeros after the point. */
export const canonicalDecimal = (value: string): string => scaleDecimal(value, 0);

/** `value × 10^power`, computed by moving the decimal point. */
export const scaleDecimal = (value: string, power: number): string => {
  const m = DECIMAL.exec(value);
  if (!m) throw new Error(`not a decimal string: "${value}"`);
  const int = m[1] ?? '';
  const frac = m[2] ?? '';
  let digits = int + frac;
  let point = int.length + power;
  if (point > digits.length) digits = digits.padEnd(point, '0');
  while (point <= 0) {
    digits = `0${digits}`;
    point += 1;
  }
  const intPart = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const fracPart = digits.slice(point).replace(/0+$/, '');
  return fracPart ? `${intPart}.${fracPart}` : intPart;
};
