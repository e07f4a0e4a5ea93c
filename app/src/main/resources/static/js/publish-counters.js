// Live character counters (UTF-16 units, as TikTok counts) for every [data-counted] field with an id.
for (const field of document.querySelectorAll('[data-counted][id]')) {
  const counter = document.querySelector(`[data-count-for="${field.id}"]`);
  if (!counter) continue;
  const update = () => { counter.textContent = String(field.value.length); };
  field.addEventListener('input', update);
  update();
}
