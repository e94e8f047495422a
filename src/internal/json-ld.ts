type ScriptPolicy = { createScript(text: string): string };
type TrustedTypesWindow = { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } };

/** The Trusted Types policy name a strict page must allow (`trusted-types lit-html wallet-help`) for JSON-LD. */
const SCRIPT_POLICY_NAME = 'wallet-help';

// `undefined`: not asked yet; `null`: no Trusted Types in this browser; `false`: the page refused the policy.
let policy: ScriptPolicy | null | false | undefined;

function scriptPolicy(): ScriptPolicy | null | false {
  if (policy !== undefined) return policy;
  const trustedTypes = (globalThis as TrustedTypesWindow).trustedTypes;
  try {
    policy = trustedTypes
      ? trustedTypes.createPolicy(SCRIPT_POLICY_NAME, {
          // JSON only: as script it has no side effects, so the policy cannot be abused.
          createScript: (text) => {
            JSON.parse(text);
            return text;
          },
        })
      : null;
  } catch {
    policy = false;
    console.warn(
      `wallet-help: no JSON-LD added: the page's CSP must allow the Trusted Types policy "${SCRIPT_POLICY_NAME}" (trusted-types … ${SCRIPT_POLICY_NAME}).`,
    );
  }
  return policy;
}

/** A `<script type="application/ld+json">` child of a host element, kept equal to some data. */
export class JsonLdScript {
  #script?: HTMLScriptElement;
  #json = '';

  /** Puts schema.org `FAQPage` data for `questions` (in `lang`) as JSON-LD in `host`'s light DOM; none removes it. */
  faqPage(host: Element, questions?: ReadonlyArray<{ question: string; answer: readonly string[] }>, lang?: string): void {
    const trusted = questions && scriptPolicy();
    // A refused policy means any script text would be blocked and reported: add none.
    if (!questions || trusted === false) {
      this.#script?.remove();
      return;
    }
    // `<` etc. as \u003c: live, a script's text is never markup, but a page serialized and parsed again
    // (prerenderers, snapshot tools, outerHTML caches) would end the script at a question's `</script>`.
    const json = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      inLanguage: lang,
      mainEntity: questions.map((topic) => ({
        '@type': 'Question',
        name: topic.question,
        acceptedAnswer: { '@type': 'Answer', text: topic.answer.join('\n\n') },
      })),
    }).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${(char.charCodeAt(0) + 0x10000).toString(16).slice(1)}`);
    if (!this.#script) {
      this.#script = document.createElement('script');
      this.#script.type = 'application/ld+json';
    }
    if (json !== this.#json) {
      this.#json = json;
      if (trusted) this.#script.text = trusted.createScript(json);
      else this.#script.textContent = json;
    }
    if (this.#script.parentNode !== host) host.append(this.#script);
  }
}
