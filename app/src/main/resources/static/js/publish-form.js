// Share to TikTok form: live character counters (UTF-16 units, as TikTok counts), the commercial-content
// disclosure rules, the branded-content/private interplay, and the video's size and duration checked before upload.
const form = document.querySelector('[data-share-form]');

if (form) {
  const privacy = form.querySelector('[data-privacy]');
  const disclose = form.querySelector('[data-disclose]');
  const yourBrand = form.querySelector('[data-your-brand]');
  const branded = form.querySelector('[data-branded]');
  const post = form.querySelector('[data-post-button]');
  const quotaAllows = !post.disabled;
  const selfOnly = privacy.querySelector('option[value="SELF_ONLY"]');
  const show = (selector, visible) => form.querySelectorAll(selector).forEach((el) => { el.hidden = !visible; });
  let videoProblem = null;

  for (const field of form.querySelectorAll('[data-counted]')) {
    const counter = form.querySelector(`[data-count-for="${field.id}"]`);
    const update = () => { counter.textContent = String(field.value.length); };
    field.addEventListener('input', update);
    update();
  }

  const refresh = () => {
    const disclosing = disclose.checked;
    const isPrivate = privacy.value === 'SELF_ONLY';
    const isBranded = disclosing && branded.checked;
    show('[data-disclosure-options]', disclosing);
    // Branded content can never be private: whichever is chosen first disables the other, with the reason.
    branded.disabled = isPrivate;
    if (isPrivate && branded.checked) branded.checked = false;
    show('[data-branded-private-hint]', disclosing && isPrivate);
    if (selfOnly) {
      selfOnly.disabled = isBranded;
      selfOnly.title = isBranded ? 'Branded content visibility cannot be set to private.' : '';
    }
    show('[data-private-hint]', isBranded);
    show('[data-label-promotional]', disclosing && yourBrand.checked && !branded.checked);
    show('[data-label-paid]', disclosing && branded.checked);
    show('[data-consent-music]', !isBranded);
    show('[data-consent-branded]', isBranded);
    const undeclared = disclosing && !yourBrand.checked && !branded.checked;
    post.disabled = !quotaAllows || privacy.value === '' || undeclared || videoProblem !== null;
    post.title = undeclared
      ? 'You need to indicate if your content promotes yourself, a third party, or both.'
      : (privacy.value === '' ? 'Choose who can see this post.' : (videoProblem ?? ''));
  };
  for (const input of [privacy, disclose, yourBrand, branded]) input.addEventListener('change', refresh);

  const video = form.querySelector('[data-video-input]');
  if (video) {
    const error = form.querySelector('[data-video-error]');
    const preview = form.querySelector('[data-video-preview]');
    const maxSeconds = Number(form.dataset.maxSeconds);
    const maxBytes = Number(form.dataset.maxBytes);
    const report = (problem) => {
      videoProblem = problem;
      error.textContent = problem ?? '';
      error.hidden = problem === null;
      refresh();
    };
    video.addEventListener('change', () => {
      const file = video.files[0];
      preview.hidden = true;
      if (!file) return report('Choose a video file to post.');
      if (file.size > maxBytes) return report(`The video is too large: at most ${Math.floor(maxBytes / 1e6)} MB.`);
      report(null);
      preview.src = URL.createObjectURL(file);
      preview.onloadedmetadata = () => {
        preview.hidden = false;
        if (preview.duration > maxSeconds) {
          report(`The video is ${Math.ceil(preview.duration)} s long; this account may post at most ${maxSeconds} s.`);
        }
      };
      // A file the browser cannot decode is still checked on the server (its MP4 header) before anything is sent.
      preview.onerror = () => { preview.hidden = true; };
    });
  }

  form.addEventListener('submit', (event) => {
    if (post.disabled) { event.preventDefault(); return; }
    // One click, one post: the server also refuses a second job for the form's key.
    setTimeout(() => { post.disabled = true; post.textContent = 'Posting…'; }, 0);
  });
  refresh();
}
