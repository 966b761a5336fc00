// Layout defects on the current page, as a list of sentences (empty when the page is sound).
// Called by tests/e2e/test_layout.py with {root: CSS selector whose text is checked}.
({root}) => {
  const problems = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > window.innerWidth + 1) {
    problems.push(`horizontal scrolling: the page is ${doc.scrollWidth} px wide in a ${window.innerWidth} px window`);
  }
  // The part of a line box that its ancestors' overflow clipping lets through (a card's
  // summary cut to three lines hides the rest), or null.
  const clipped = (element, line) => {
    let rect = {left: line.left, right: line.right, top: line.top, bottom: line.bottom};
    for (let el = element; el && el !== document.documentElement; el = el.parentElement) {
      const style = getComputedStyle(el);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const box = el.getBoundingClientRect();
      rect = {left: Math.max(rect.left, box.left), right: Math.min(rect.right, box.right),
              top: Math.max(rect.top, box.top), bottom: Math.min(rect.bottom, box.bottom)};
      if (rect.right - rect.left < 2 || rect.bottom - rect.top < 2) return null;
    }
    return {...rect, width: rect.right - rect.left, height: rect.bottom - rect.top};
  };
  // Every line box of every visible text node inside `root`.
  const boxes = [];
  const walker = document.createTreeWalker(document.querySelector(root), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) continue;
    const parent = node.parentElement;
    if (parent.closest('.visually-hidden, .skip-link, title, desc, option, script, style')) continue;
    if (!parent.checkVisibility({visibilityProperty: true, opacityProperty: true})) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const line of range.getClientRects()) {
      const rect = clipped(parent, line);
      if (!rect || rect.width < 2 || rect.height < 2) continue;
      boxes.push({node, parent, rect, text: node.textContent.trim().slice(0, 40)});
    }
  }
  // Text that overlaps other text.
  const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2
    && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (boxes[i].node !== boxes[j].node && overlap(boxes[i].rect, boxes[j].rect)) {
        problems.push(`text overlaps: "${boxes[i].text}" and "${boxes[j].text}"`);
      }
    }
  }
  // Text that crosses the border of the box drawn around it.
  for (const box of boxes) {
    for (let el = box.parent; el && el !== document.body; el = el.parentElement) {
      const style = getComputedStyle(el);
      if (parseFloat(style.borderLeftWidth) && parseFloat(style.borderRightWidth)
          && parseFloat(style.borderTopWidth) && parseFloat(style.borderBottomWidth)) {
        const frame = el.getBoundingClientRect();
        const r = box.rect;
        if (r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.bottom > frame.bottom + 1) {
          problems.push(`text crosses its box: "${box.text}" in <${el.tagName.toLowerCase()} class="${el.getAttribute("class") || ""}">`);
        }
        break;
      }
    }
  }
  return [...new Set(problems)];
}
