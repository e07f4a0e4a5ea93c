// A publish job's page: polls the job's JSON until TikTok reports the outcome, updating the progress bar.
const box = document.querySelector('[data-job]');
const TERMINAL = new Set(['COMPLETED', 'FAILED']);

const render = (job) => {
  box.dataset.state = job.state;
  box.querySelector('[data-job-state]').textContent = job.stateLabel;
  const progress = box.querySelector('[data-job-progress]');
  if (progress) { progress.value = job.uploadPercent; progress.textContent = `${job.uploadPercent}%`; }
  box.querySelector('[data-job-publish-id]').textContent = job.publishId ?? '—';
  const posts = box.querySelector('[data-job-posts]');
  posts.replaceChildren(...(job.postIds.length === 0 ? [document.createTextNode('—')] : job.postIds.map((id, i) => {
    const link = document.createElement(job.postUrls[i] ? 'a' : 'span');
    if (job.postUrls[i]) { link.href = job.postUrls[i]; link.rel = 'noopener'; link.target = '_blank'; }
    link.textContent = id; // text, never HTML
    return link;
  })));
  const error = box.querySelector('[data-job-error]');
  error.textContent = job.error ?? '';
  error.hidden = job.error == null;
  const retry = box.querySelector('[data-job-retry]');
  retry.textContent = job.retryAfter ? `You can try again after ${job.retryAfter}.` : '';
  retry.hidden = !job.retryAfter;
  box.querySelector('[data-job-processing-note]').hidden = TERMINAL.has(job.state);
};

const poll = async () => {
  try {
    const response = await fetch(box.dataset.jobUrl, { headers: { Accept: 'application/json' } });
    if (response.ok) {
      const job = await response.json();
      render(job);
      if (TERMINAL.has(job.state)) return;
    }
  } catch {
    // offline for a moment: try again
  }
  setTimeout(poll, 1000);
};

if (box && !TERMINAL.has(box.dataset.state)) poll();
