// Share to TikTok form: live character counters (UTF-16 units, as TikTok counts), the commercial-content
// disclosure rules, the branded-content/private interplay, the video's size and duration checked before upload, the
// reason the Post button is disabled (as text next to it), and the video sent with a progress bar.
const REASONS = {
  privacy: 'Choose who can see this post.',
  undeclared: 'You need to indicate if your content promotes yourself, a third party, or both.',
  noVideo: 'Choose a video file to post.',
};

const setUp = (form) => {
  const privacy = form.querySelector('[data-privacy]');
  const disclose = form.querySelector('[data-disclose]');
  const yourBrand = form.querySelector('[data-your-brand]');
  const branded = form.querySelector('[data-branded]');
  const post = form.querySelector('[data-post-button]');
  const reason = form.querySelector('[data-post-reason]');
  const quotaProblem = post.disabled ? reason.textContent.trim() : null;
  const selfOnly = privacy.querySelector('option[value="SELF_ONLY"]');
  const video = form.querySelector('[data-video-input]');
  const show = (selector, visible) => form.querySelectorAll(selector).forEach((el) => { el.hidden = !visible; });
  let videoProblem = null;
  let sending = false;

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
    const reasons = [];
    if (quotaProblem) reasons.push(quotaProblem);
    if (video && video.files.length === 0) reasons.push(REASONS.noVideo);
    else if (videoProblem) reasons.push(videoProblem);
    if (privacy.value === '') reasons.push(REASONS.privacy);
    if (disclosing && !yourBrand.checked && !branded.checked) reasons.push(REASONS.undeclared);
    if (sending) return;
    // The reason is shown next to the button (touch and keyboard users never see a hover title) and kept as the
    // title too; the button is described by it.
    post.disabled = reasons.length > 0;
    post.title = reasons.join(' ');
    reason.textContent = reasons.join(' ');
    reason.hidden = reasons.length === 0;
  };
  for (const input of [privacy, disclose, yourBrand, branded]) input.addEventListener('change', refresh);

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
      if (!file) return report(null);
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

  const busy = (label) => {
    sending = true;
    post.disabled = true;
    post.textContent = label;
    reason.hidden = true;
  };
  const idle = () => {
    sending = false;
    post.textContent = 'Post to TikTok';
    refresh();
  };

  form.addEventListener('submit', (event) => {
    if (post.disabled) { event.preventDefault(); return; }
    if (video) {
      // Sent by script to show how much of the file has gone; without scripts the browser posts the form itself.
      event.preventDefault();
      upload(form, busy, idle);
      return;
    }
    // One click, one post: the server also refuses a second job for the form's key.
    setTimeout(() => busy('Posting…'), 0);
  });
  refresh();
};

const upload = (form, busy, idle) => {
  const box = form.querySelector('[data-upload-progress]');
  const bar = box.querySelector('progress');
  const text = box.querySelector('[data-upload-text]');
  const megabytes = (bytes) => (bytes / 1e6).toFixed(1);
  const data = new FormData(form);
  const request = new XMLHttpRequest();
  busy('Sending…');
  box.hidden = false;
  bar.value = 0;
  text.textContent = 'Sending the video…';
  request.upload.addEventListener('progress', (event) => {
    if (!event.lengthComputable) return;
    const percent = Math.floor((event.loaded / event.total) * 100);
    bar.value = percent;
    text.textContent = `Sending the video: ${percent}% (${megabytes(event.loaded)} of ${megabytes(event.total)} MB)`;
  });
  request.upload.addEventListener('load', () => {
    bar.value = 100;
    text.textContent = 'Video received. Checking it…';
  });
  request.addEventListener('load', () => {
    const answered = new URL(request.responseURL || form.action, location.href);
    if (request.status < 400 && answered.pathname !== new URL(form.action, location.href).pathname) {
      location.assign(answered.href); // redirected to the new post's page
      return;
    }
    if (!showPage(request.responseText)) {
      text.textContent = `The video could not be posted (error ${request.status}). Press Post to try again.`;
      idle();
    }
  });
  const interrupted = () => {
    text.textContent = 'The upload was interrupted. Check your connection and press Post to try again.';
    idle();
  };
  request.addEventListener('error', interrupted);
  request.addEventListener('abort', interrupted);
  request.open('POST', form.action);
  request.send(data);
};

/** Shows a page the server answered with instead of a redirect (the form with its problems, or why not). */
const showPage = (html) => {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const main = page.querySelector('main');
  if (!main) return false;
  document.title = page.title;
  document.querySelector('main').replaceWith(document.adoptNode(main));
  const form = document.querySelector('[data-share-form]');
  if (form) setUp(form);
  window.scrollTo(0, 0);
  return true;
};

const form = document.querySelector('[data-share-form]');
if (form) setUp(form);
