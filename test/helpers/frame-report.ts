/**
 * Loads `src` in a frame and resolves to the first message of `type` the frame posts (its probe's
 * report), the frame then removed; rejects, the frame removed too, when none comes within `seconds`.
 */
export function frameReport<T>(src: string, type: string, { seconds = 20, style = '', sandbox }: { seconds?: number; style?: string; sandbox?: string } = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.cssText = style;
    if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || event.data?.type !== type) return;
      settle();
      resolve(event.data as T);
    };
    const timer = setTimeout(() => {
      settle();
      reject(new Error(`${src} sent no ${type} within ${seconds} s`));
    }, seconds * 1000);
    function settle() {
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      frame.remove();
    }
    window.addEventListener('message', onMessage);
    frame.src = src;
    document.body.append(frame);
  });
}
