// The start-battle form: clicking a suggested LIVE creator fills the next empty username field.
for (const chip of document.querySelectorAll('[data-suggest]')) {
  chip.addEventListener('click', () => {
    const inputs = [...document.querySelectorAll('input[name*="creators"]')];
    const taken = inputs.some((input) => input.value.trim().replace(/^@/, '') === chip.dataset.suggest);
    const target = inputs.find((input) => input.value.trim() === '');
    if (taken || !target) return;
    target.value = chip.dataset.suggest;
    target.dispatchEvent(new Event('input', { bubbles: true }));
    chip.classList.add('is-picked');
    const next = inputs.find((input) => input.value.trim() === '');
    (next ?? target).focus();
  });
}
