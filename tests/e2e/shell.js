// The page shell's defects: a band under the footer, previous/next links against it, buttons
// left unstyled, too small or beside a list bullet. Called by tests/e2e/test_layout.py.
() => {
  const problems = [];
  const footer = document.querySelector('.site-footer').getBoundingClientRect();
  const bottom = footer.bottom + window.scrollY;
  if (bottom < document.documentElement.scrollHeight - 1 || bottom < window.innerHeight - 1) {
    problems.push(`band under the footer: it ends at ${bottom} px`);
  }
  const pager = document.querySelector('.pager');
  if (pager && footer.top - pager.getBoundingClientRect().bottom < 24) {
    problems.push('previous/next links against the footer');
  }
  for (const button of document.querySelectorAll('main button, main .button')) {
    if (button.closest('.visually-hidden') || button.classList.contains('link-button')) continue;
    const style = getComputedStyle(button);
    if (['rgb(239, 239, 239)', 'rgb(240, 240, 240)', 'rgba(0, 0, 0, 0)'].includes(style.backgroundColor)
        && style.borderColor.startsWith('rgb(118')) {
      problems.push(`unstyled button "${button.textContent.trim()}"`);
    }
    if (button.getBoundingClientRect().height < 36) {
      problems.push(`button "${button.textContent.trim()}" under 36 px tall`);
    }
    const item = button.closest('li');
    if (item && getComputedStyle(item).display === 'list-item' && getComputedStyle(item).listStyleType !== 'none') {
      problems.push(`list bullet beside "${button.textContent.trim()}"`);
    }
  }
  return problems;
}
