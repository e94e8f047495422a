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
 * The floor of the help panel: a bare <dialog> with the panel's text for `topic` (question, answer,
 * the steps with their checkboxes and sentences), added to the page and opened with showModal().
 */
export function plainDialog(topic) {
  const dialog = document.createElement('dialog');
  const add = (parent, tag, text) => parent.appendChild(document.createElement(tag)).append(text);
  add(dialog, 'h2', topic.question);
  for (const paragraph of topic.answer) add(dialog, 'p', paragraph);
  const list = dialog.appendChild(document.createElement('ol'));
  for (const step of topic.checklist) {
    const item = list.appendChild(document.createElement('li'));
    item.appendChild(document.createElement('input')).type = 'checkbox';
    add(item, 'label', step.text);
    add(item, 'p', step.detail);
  }
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}
