// The floors the elements are measured against, built with the DOM API in the page, no Lit and no
// styles of ours: what the browser alone takes to show the same text.

/**
 * The questions as a list of disclosure elements, each answer's paragraphs inside: `item(topic)`
 * makes one (a <details> with its <summary>, an <sl-details> with its summary property).
 */
export function disclosures(topics, item) {
  const section = document.createElement('section');
  for (const topic of topics) {
    const details = item(topic);
    for (const paragraph of topic.answer) details.appendChild(document.createElement('p')).textContent = paragraph;
    section.append(details);
  }
  document.body.append(section);
  return section;
}

/** Plain <details><summary>: the floor of <wallet-faq>. */
export function details(topic) {
  const details = document.createElement('details');
  details.appendChild(document.createElement('summary')).textContent = topic.question;
  return details;
}

/**
 * The floor of the help panel (issue 14: "the bare <dialog> with the same text"): a <dialog> holding
 * every piece of text the panel's first frame shows for topic `id` of `pack`, in the panel's order,
 * as plain elements with the browser's own styles, added to the page and opened with showModal().
 * Built from the pack's data and its `ui` strings, not from the panel's code. What the panel's
 * topic view draws, with no `support` configured and no step ticked (as in bench/help and bench/tap):
 * - its bar: the question as the title, the close button's × (its name 关闭 is an aria-label: not drawn);
 *   no Back button on the first view;
 * - the answer's paragraphs;
 * - the steps' heading, then the checklist (compact: the steps without the guide's sentence under
 *   each): the question again as its group's legend, "已完成 0 / N", each step's checkbox and text,
 *   the reset button;
 * - "was this helpful?" and its two buttons;
 * - the related topics' heading and a button for each;
 * - the contact heading and the guide's advice (no support channels given).
 * Left out, as the panel draws no text there: its progress bar, the empty "thanks" status, borders.
 * The home view's search box is not in a topic's view. `visibleText()` below checks, outside the
 * timed span, that this is the panel's text.
 */
export function plainDialog(pack, id) {
  const { ui } = pack;
  const topicOf = (each) => pack.topics.find((topic) => topic.id === each);
  const topic = topicOf(id);
  const dialog = document.createElement('dialog');
  const add = (parent, tag, text) => {
    const element = parent.appendChild(document.createElement(tag));
    if (text !== undefined) element.append(text);
    return element;
  };
  add(dialog, 'h2', topic.question);
  add(dialog, 'button', '×');
  for (const paragraph of topic.answer) add(dialog, 'p', paragraph);
  add(dialog, 'h3', ui.helpSteps);
  const group = add(dialog, 'fieldset');
  add(group, 'legend', topic.question);
  add(group, 'p', ui.checklistProgress.replace('{done}', '0').replace('{total}', String(topic.checklist.length)));
  const list = add(group, 'ol');
  for (const step of topic.checklist) {
    const item = add(list, 'li');
    const box = add(item, 'input');
    box.type = 'checkbox';
    box.id = `step-${step.id}`;
    add(item, 'label', step.text).htmlFor = box.id;
  }
  add(dialog, 'button', ui.checklistReset);
  add(dialog, 'p', ui.helpFeedback);
  add(dialog, 'button', ui.helpYes);
  add(dialog, 'button', ui.helpNo);
  const related = topic.related.map(topicOf).filter(Boolean);
  if (related.length) {
    add(dialog, 'h3', ui.helpRelated);
    const links = add(dialog, 'ul');
    for (const each of related) add(add(links, 'li'), 'button', each.question);
  }
  add(dialog, 'h3', ui.helpContact);
  add(dialog, 'p', ui.contactAdvice);
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

/**
 * The text `root` draws, in document order, whitespace-normalised: every text node under it, through
 * shadow roots (and slots), whose element is rendered and visible (`checkVisibility`: not under
 * display:none, content-visibility:hidden, a closed <details>, visibility:hidden or opacity:0).
 * Text that is only an attribute (aria-label, title, placeholder) is not a text node, so not counted;
 * an aria-hidden glyph that is drawn (the close button's ×) is. Needs the root laid out (open).
 */
export function visibleText(root) {
  const parts = [];
  const visible = (element) => element.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true, opacityProperty: true });
  const walk = (node) => {
    const children = node instanceof HTMLSlotElement ? node.assignedNodes({ flatten: true }) : (node.shadowRoot ?? node).childNodes;
    for (const child of children) {
      if (child.nodeType === Node.TEXT_NODE) {
        const owner = child.parentElement ?? child.getRootNode().host;
        if (child.data.trim() && owner && visible(owner)) parts.push(child.data);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        walk(child); // a visible child may sit in a visibility:hidden parent
      }
    }
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * '' when the floor `floor` draws the same text as the panel `panel` (two open dialogs), else what
 * differs, from the first character that does.
 */
export function textDiffers(panel, floor) {
  const [a, b] = [visibleText(panel), visibleText(floor)];
  if (a === b) return '';
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  return `the floor's text differs from the panel's at character ${at}: panel "…${a.slice(Math.max(0, at - 20), at + 40)}…", floor "…${b.slice(Math.max(0, at - 20), at + 40)}…"`;
}

