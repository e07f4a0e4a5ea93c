// Forms that do something for good ask first: <form data-confirm="Delete …?">. Without scripts they submit at once.
for (const form of document.querySelectorAll('form[data-confirm]')) {
  form.addEventListener('submit', (event) => {
    if (!window.confirm(form.dataset.confirm)) event.preventDefault();
  });
}
