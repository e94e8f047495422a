/**
 * Records every error that reaches the page (a throw, a rejection nobody handled) until `restore()`.
 * With `quiet`, they are also kept from failing the run by themselves, so the test says what came.
 */
export function recordPageErrors({ quiet = false } = {}) {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => {
    errors.push('reason' in event ? event.reason : event.error);
    if (quiet) event.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  return {
    errors,
    restore() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    },
  };
}
