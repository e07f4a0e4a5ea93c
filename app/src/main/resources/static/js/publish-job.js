// A publish job's page: polls the job's JSON until TikTok reports the outcome (and, for a post others may see, its
// public id after TikTok's review), updating the page; times are shown in the viewer's time zone.
import { localiseTimes, submitOnce } from './publish-times.js';

const box = document.querySelector('[data-job]');
const TERMINAL = new Set(['COMPLETED', 'FAILED']);
const STATES = ['PENDING', 'UPLOADING', 'PROCESSING', 'COMPLETED', 'FAILED'];

// Over for good: failed, or posted with its public id (or private, which never gets one).
const settled = (state, postCount, privacy) => state === 'FAILED'
  || (state === 'COMPLETED' && (postCount > 0 || privacy === 'SELF_ONLY'));

const show = (selector, visible) => { box.querySelector(selector).hidden = !visible; };

const render = (job) => {
  box.dataset.state = job.state;
  const badge = box.querySelector('[data-job-state]');
  badge.textContent = job.stateLabel;
  for (const state of STATES) badge.classList.toggle(`job-badge-${state.toLowerCase()}`, state === job.state);
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
  const note = box.querySelector('[data-job-note]');
  note.textContent = job.linkNote ?? '';
  note.hidden = job.linkNote == null;
  const error = box.querySelector('[data-job-error]');
  error.textContent = job.error ?? '';
  error.hidden = job.error == null;
  const retry = box.querySelector('[data-job-retry]');
  const retryTime = retry.querySelector('time');
  retryTime.dateTime = job.retryAt ?? '';
  retryTime.textContent = job.retryAfter ?? '';
  retryTime.removeAttribute('title');
  retry.hidden = !job.retryAt;
  show('[data-job-processing-note]', !TERMINAL.has(job.state));
  show('[data-retry-form]', job.retryable);
  const retried = box.querySelector('[data-job-retried]');
  if (job.retriedAs) retried.href = `/publish/jobs/${encodeURIComponent(job.retriedAs)}`;
  retried.hidden = !job.retriedAs;
  const shareAgain = box.querySelector('[data-job-share-again]');
  if (shareAgain) shareAgain.hidden = !(job.state === 'FAILED' && !job.retryable && !job.retriedAs);
  localiseTimes(box);
};

const poll = async () => {
  try {
    const response = await fetch(box.dataset.jobUrl, { headers: { Accept: 'application/json' } });
    if (response.ok) {
      const job = await response.json();
      render(job);
      if (settled(job.state, job.postIds.length, job.privacyLevel)) return;
    }
  } catch {
    // offline for a moment: try again
  }
  // TikTok's review of a posted post may take a while: ask less often then
  setTimeout(poll, box.dataset.state === 'COMPLETED' ? 5000 : 1000);
};

if (box) {
  localiseTimes(box);
  submitOnce(box);
  if (!settled(box.dataset.state, Number(box.dataset.postCount), box.dataset.privacy)) poll();
}
