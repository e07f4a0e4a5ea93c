// Times of publish jobs in the viewer's own time zone and language. The server writes <time datetime="ISO"> with a
// readable UTC text, which stays when scripts are off; the UTC text remains as the element's title.
const format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const localiseTimes = (root = document) => {
  for (const time of root.querySelectorAll('time[data-local-time]')) {
    const instant = new Date(time.dateTime);
    if (Number.isNaN(instant.getTime())) continue;
    if (!time.title) time.title = time.textContent.trim();
    time.textContent = format.format(instant);
  }
};

// One click, one request: a second press of a retry button while the first is on its way does nothing (the server
// also maps a repeated retry to the same new post).
export const submitOnce = (root = document) => {
  for (const form of root.querySelectorAll('form[data-retry-form]')) {
    form.addEventListener('submit', (event) => {
      const button = form.querySelector('button');
      if (form.dataset.sent) { event.preventDefault(); return; }
      form.dataset.sent = 'true';
      setTimeout(() => { button.disabled = true; button.textContent = 'Retrying…'; }, 0);
    });
  }
};
