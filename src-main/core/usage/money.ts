/**
 * Integer money arithmetic of the engine (§3.6): no float ever touches an amount.
 */

/**
 * R(price × hours, hoursInMonth) = floor((2·price·hours + H) / (2·H)): price prorated to `hours`
 * of an `hoursInMonth` month, rounded half up to an integer.
 */
export function prorate(price: number, hours: number, hoursInMonth: number): number {
  const numerator = 2 * price * hours + hoursInMonth;
  if (Number.isSafeInteger(numerator) && Number.isSafeInteger(2 * price * hours)) {
    const denominator = 2 * hoursInMonth;
    // Subtracting the remainder makes the division exact, so no float rounding can leak in.
    return (numerator - (numerator % denominator)) / denominator;
  }
  const big =
    (2n * BigInt(price) * BigInt(hours) + BigInt(hoursInMonth)) / (2n * BigInt(hoursInMonth));
  return Number(big);
}
