// The tournament page: its live part is swapped by htmx every second, so the cancel button's confirmation listens
// on the document rather than on a form that the next swap replaces. Without scripts the form submits at once.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirmCancel && !window.confirm(form.dataset.confirmCancel)) {
    event.preventDefault();
  }
});
