// The viewer page: live scores and the audience widgets from the battle's SSE stream, and the vote buttons. A vote
// is answered only once the battle logged it: "counted" means it is in the totals; anything else says why not.
import { ServerClock, formatClock, formatNumber, openStream } from './scoreboard-stream.js';
import { AudienceRenderer } from './audience-widgets.js';

const root = document.querySelector('[data-viewer]');

function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : null;
}

function newVoteId() {
  if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

if (root) {
  const clock = new ServerClock();
  const answer = root.querySelector('[data-answer]');
  const timer = root.querySelector('[data-timer]');
  const phaseLabel = root.querySelector('[data-phase-label]');
  const closedNote = root.querySelector('[data-closed-note]');
  const windowSeconds = Number(root.dataset.window) || 10;
  let view = { phase: root.dataset.phase, timer: null, version: Number(root.dataset.version) };
  let audience = JSON.parse(root.dataset.audience);
  let waitUntil = 0;
  let sending = false;

  const widgets = new AudienceRenderer(root.querySelector('[data-audience-box]'), {
    sides: [...root.querySelectorAll('.side[data-side]')].map((el) => ({
      id: el.dataset.side,
      label: el.querySelector('.side-label').textContent,
    })),
    onRender: (current) => {
      audience = current;
      renderButtons();
    },
  });
  widgets.render(audience, view.version);

  function say(text, kind) {
    answer.textContent = text;
    answer.dataset.kind = kind;
  }

  function open() {
    return audience.enabled && (view.phase === 'LIVE' || view.phase === 'EXTENDED');
  }

  /** Buttons follow the state: off while voting is closed, while waiting for the window, and per booster goal. */
  function renderButtons() {
    const waiting = Date.now() < waitUntil;
    for (const button of root.querySelectorAll('[data-vote]')) {
      button.disabled = !open() || waiting || sending;
    }
    for (const button of root.querySelectorAll('[data-boost]')) {
      const side = audience.sides.find((s) => s.sideId === button.dataset.side);
      const meter = side && side.boosters.find((m) => m.kind === button.dataset.booster);
      const cooling = meter && meter.coolingUntil !== null && meter.coolingUntil > clock.now();
      button.hidden = !meter;
      button.disabled = !open() || waiting || sending || Boolean(cooling);
      if (meter) {
        button.textContent = cooling ? `${meter.name} · cooling down` : `${meter.name} · ${meter.votes}/${meter.threshold}`;
      }
    }
    if (closedNote) {
      closedNote.hidden = open() || view.phase === 'SCHEDULED';
      closedNote.textContent =
        view.phase === 'ENDED' ? 'The battle is over. Thanks for voting!' : 'Voting is off for this battle right now.';
    }
  }

  async function vote(side, booster) {
    if (sending) return;
    sending = true;
    renderButtons();
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    const token = csrfToken();
    if (token) headers['X-XSRF-TOKEN'] = token;
    try {
      const response = await fetch(root.dataset.votes, {
        method: 'POST',
        headers,
        credentials: 'same-origin',
        body: JSON.stringify({ side, booster: booster || null, voteId: newVoteId() }),
      });
      const body = await response.json().catch(() => ({}));
      if (response.ok) {
        const perWindow = audience.rules ? audience.rules.votesPerWindow : 1;
        waitUntil = Date.now() + (windowSeconds * 1000) / Math.max(1, perWindow);
        say(booster ? 'Counted: your vote fills the booster goal.' : 'Counted: thanks for your vote!', 'counted');
        if (body.audience) widgets.render(body.audience);
      } else {
        if (response.status === 429) {
          const seconds = Number(response.headers.get('Retry-After')) || windowSeconds;
          waitUntil = Date.now() + seconds * 1000;
        }
        say(`Not counted: ${body.detail || 'try again in a moment.'}`, 'refused');
      }
    } catch (e) {
      say('Not sent: check your connection and try again.', 'refused');
    } finally {
      sending = false;
      renderButtons();
    }
  }

  root.addEventListener('click', (event) => {
    const button = event.target.closest('[data-vote], [data-boost]');
    if (!button || button.disabled) return;
    vote(button.dataset.side, button.dataset.booster);
  });

  function renderScores(sides) {
    for (const side of sides) {
      const score = root.querySelector(`.side[data-side="${CSS.escape(side.id)}"] [data-score]`);
      if (score) score.textContent = side.score === null ? '???' : formatNumber(side.score);
    }
  }

  function renderView(next) {
    if (next.version < view.version) return;
    view = next;
    clock.sample(next.timer.serverNow);
    phaseLabel.textContent = next.phase === 'ENDED' ? 'Ended' : next.phase === 'SCHEDULED' ? 'Starting soon' : 'LIVE';
    renderScores(next.sides);
    widgets.render(next.audience, next.version);
  }

  function tick() {
    if (view.timer && view.timer.endsAt !== null) {
      const left = view.phase === 'ENDED' ? 0 : Math.max(0, view.timer.endsAt - clock.now());
      timer.textContent = formatClock(left);
    }
    renderButtons();
  }
  setInterval(tick, 500);

  if (root.dataset.phase !== 'ENDED') {
    const stream = openStream(root.dataset.stream, {
      onScoreboard: renderView,
      onScore: (score) => {
        if (score.version < view.version) return;
        view = { ...view, version: score.version };
        renderScores(score.sides);
        widgets.render(score.audience, score.version);
      },
      onEnded: (last) => {
        renderView(last);
        stream.close();
      },
      onPing: (ping) => clock.sample(ping.serverNow),
      onStatus: (state) => {
        root.dataset.connection = state;
      },
    });
  }
  renderButtons();
}
