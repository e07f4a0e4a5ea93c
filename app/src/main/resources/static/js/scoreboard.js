// The scoreboard page: renders the battle from its SSE stream, fills the gift feed and the audience panel, copies
// the overlay and viewer URLs, and sends the controller's audience rules to the API.
import { ScoreboardRenderer, ServerClock, giftElement, openStream, renderOdds } from './scoreboard-stream.js';
import { AudienceRenderer } from './audience-widgets.js';

const FEED_SIZE = 30;
const root = document.querySelector('[data-scoreboard]');
let audience = null;

if (root) {
  const clock = new ServerClock();
  clock.sample(Number(root.dataset.serverNow));
  const initial = JSON.parse(root.dataset.initial);
  let sides = initial.sides;
  const feed = document.querySelector('[data-feed]');
  const toast = root.querySelector('[data-toast]');
  const connection = document.querySelector('[data-connection]');
  let toastTimer = null;

  const showToast = (text) => {
    if (!toast) return;
    toast.textContent = text;
    toast.hidden = false;
    toast.classList.remove('is-shown');
    void toast.offsetWidth;
    toast.classList.add('is-shown');
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => {
      toast.hidden = true;
    }, 2600);
  };

  const markEnded = () => {
    const status = document.querySelector('[data-status]');
    if (status) {
      const pill = document.createElement('span');
      pill.className = 'status-pill status-ended';
      pill.textContent = 'Ended';
      status.replaceChildren(pill);
    }
    for (const element of document.querySelectorAll('[data-live-only]')) element.hidden = true;
    for (const element of document.querySelectorAll('[data-ended-only]')) element.hidden = false;
  };

  const renderer = new ScoreboardRenderer(root, clock, {
    onLeadChange: (side) => showToast(`${side.label} takes the lead!`),
    onEnd: markEnded,
  });
  renderer.render(initial);
  audience = new AudienceRenderer(document.querySelector('[data-audience]'), { sides: initial.sides });
  audience.render(initial.audience, initial.version);

  const addGift = (gift) => {
    if (!feed) return;
    const item = giftElement(gift, sides);
    item.classList.add('is-new');
    // The engine decides which gifts are snipes (final seconds, turned the battle): the finished page says the same.
    if (gift.snipe) {
      item.classList.add('is-snipe');
      const badge = document.createElement('span');
      badge.className = 'snipe-badge';
      badge.dataset.testid = 'snipe-badge';
      badge.textContent = 'Snipe';
      item.append(badge);
    }
    feed.prepend(item);
    while (feed.children.length > FEED_SIZE) feed.lastElementChild.remove();
    const empty = document.querySelector('[data-feed-empty]');
    if (empty) empty.hidden = true;
  };

  const setConnection = (state) => {
    if (!connection) return;
    connection.dataset.state = state;
    connection.textContent = { live: 'Live', reconnecting: 'Reconnecting…', closed: 'Final' }[state] ?? state;
  };

  if (initial.phase !== 'ENDED') {
    const stream = openStream(root.dataset.stream, {
      lastEventId: root.dataset.lastEventId,
      onScoreboard: (view) => {
        sides = view.sides;
        renderer.render(view);
        audience.setSides(view.sides);
        audience.render(view.audience, view.version);
      },
      onScore: (score) => {
        renderer.applyScore(score);
        audience.render(score.audience, score.version);
      },
      onGift: addGift,
      onEnded: (view) => {
        renderer.render(view);
        audience.render(view.audience, view.version);
        stream.close();
      },
      onPing: (ping) => clock.sample(ping.serverNow),
      onOdds: (odds) => renderOdds(root, odds),
      onStatus: setConnection,
    });
  } else {
    setConnection('closed');
  }
}

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const field = document.getElementById(button.dataset.copy);
    if (!field) return;
    try {
      await navigator.clipboard.writeText(field.value);
    } catch {
      field.select();
      document.execCommand('copy');
    }
    const label = button.textContent;
    button.textContent = 'Copied!';
    setTimeout(() => {
      button.textContent = label;
    }, 1500);
  });
}

/** The XSRF-TOKEN cookie's value, which the server expects back as the X-XSRF-TOKEN header of an API call. */
function xsrfToken() {
  const entry = document.cookie.split('; ').find((cookie) => cookie.startsWith('XSRF-TOKEN='));
  return entry ? decodeURIComponent(entry.slice('XSRF-TOKEN='.length)) : '';
}

/** The audience rules form as the API's JSON; goals not offered and gift settings while off are left out. */
function audienceRules(form) {
  const field = (name) => form.elements.namedItem(name);
  const number = (name) => Number(field(name).value);
  const giftVotes = field('giftVotes').checked;
  const boosters = [...form.querySelectorAll('[data-goal-row]')]
    .filter((row) => {
      const offered = row.querySelector('[data-goal-offered]');
      return offered.checked && !offered.disabled;
    })
    .map((row) => ({
      kind: row.dataset.kind,
      threshold: Number(row.querySelector('[data-goal-threshold]').value),
      cooldownSeconds: Number(row.querySelector('[data-goal-cooldown]').value),
    }));
  return {
    enabled: field('enabled').checked,
    votesPerWindow: number('votesPerWindow'),
    voteWindowSeconds: number('voteWindowSeconds'),
    boosters,
    chatCommands: field('chatCommands').checked,
    likeGoal: number('likeGoal'),
    likeGoalBooster: field('likeGoalBooster').value,
    coinsPerVote: giftVotes ? number('coinsPerVote') : 0,
    maxVotesPerGift: giftVotes ? number('maxVotesPerGift') : undefined,
  };
}

/** The first number the browser finds invalid (empty, out of range, not whole), in words, or null. */
function firstProblem(form) {
  const giftVotes = form.elements.namedItem('giftVotes').checked;
  for (const input of form.querySelectorAll('input[type="number"]')) {
    const row = input.closest('[data-goal-row]');
    const offered = row ? row.querySelector('[data-goal-offered]') : null;
    const unused = (offered && (!offered.checked || offered.disabled)) || (input.hasAttribute('data-gift-field') && !giftVotes);
    if (unused || input.checkValidity()) continue;
    const name = input.getAttribute('aria-label') ?? input.closest('label')?.querySelector('span')?.textContent ?? input.name;
    return { input, text: `${name.trim()}: ${input.validationMessage}` };
  }
  return null;
}

/** The controller's switch and rules form: each change is a PUT of the whole rules; the answer or problem shows. */
function wireAudienceSettings(form) {
  const message = form.querySelector('[data-audience-message]');
  const toggle = form.querySelector('[data-audience-switch]');
  let confirmedOn = toggle.checked;
  const say = (text, error = false) => {
    message.textContent = text;
    message.classList.toggle('is-error', error);
  };

  const save = async () => {
    const problem = firstProblem(form);
    if (problem) {
      toggle.checked = confirmedOn;
      say(problem.text, true);
      problem.input.focus();
      return;
    }
    form.setAttribute('aria-busy', 'true');
    toggle.disabled = true;
    try {
      const response = await fetch(form.action, {
        method: 'PUT',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': xsrfToken() },
        body: JSON.stringify(audienceRules(form)),
      });
      const body = await response.json().catch(() => null);
      if (response.ok && body) {
        confirmedOn = body.enabled;
        if (audience) audience.render(body);
        say(body.enabled ? 'Saved: audience voting is on.' : 'Saved: audience voting is off.');
      } else {
        say((body && (body.detail || body.title)) || `The rules were not saved (the server answered ${response.status}).`, true);
      }
    } catch {
      say('The rules were not saved: the server could not be reached. Try again.', true);
    } finally {
      toggle.checked = confirmedOn;
      toggle.disabled = false;
      form.removeAttribute('aria-busy');
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    save();
  });
  toggle.addEventListener('change', () => save());
}

const audienceSettings = document.querySelector('[data-audience-settings]');
if (audienceSettings) wireAudienceSettings(audienceSettings);
