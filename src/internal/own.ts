/**
 * The own enumerable fields of a vendor's object (`options`, `support`, `errorMap`), copied into an
 * object with no prototype. A page whose `Object.prototype` another script has polluted
 * (`Object.prototype.url = …`) must not hand us fields the vendor never gave; a getter or Proxy that
 * throws costs that object (`{}`, with one console.error naming `what`), never the widget.
 * Anything that is not an object gives `{}`.
 */
export function own<T extends object>(value: T | null | undefined, what: string): T {
  try {
    return Object.assign(Object.create(null) as T, value);
  } catch (error) {
    console.error(`wallet-help: ${what} could not be read; ignoring it.`, error);
    return {} as T;
  }
}
