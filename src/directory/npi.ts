// NPI check digit: the Luhn formula over the NPI with the "80840" card-issuer prefix
// (CMS, "Requirements for NPI check digit").

/** The check digit for the first nine digits of an NPI. */
export function npiCheckDigit(firstNine: string): number {
  const digits = "80840" + firstNine;
  let sum = 0;
  // The check digit will sit to the right, so the rightmost payload digit is doubled.
  for (let i = digits.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** Whether `npi` is ten digits starting with 1 or 2 with a valid check digit. */
export function isValidNpi(npi: string): boolean {
  if (!/^[12]\d{9}$/.test(npi)) return false;
  return npiCheckDigit(npi.slice(0, 9)) === npi.charCodeAt(9) - 48;
}

/** Completes nine digits into a valid NPI. */
export function makeNpi(firstNine: string): string {
  return firstNine + String(npiCheckDigit(firstNine));
}
