/** Small text rules shared by the WHMCS normalizers. */

/** "Payment Pending" → "payment_pending", "Customer-Reply" → "customer_reply". */
export function statusKey(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** Empty or blank text means "not given". */
export function nonEmpty(text: string): string | null {
  return text.trim() === '' ? null : text;
}

/** An id of "0" or "" means "none" in WHMCS relation fields. */
export function relation(text: string): string | null {
  return text.trim() === '' || text.trim() === '0' ? null : text;
}
