// Shared by the scoreboard page and the OBS overlay: the SSE connection (resume, watchdog, backoff), the
// server clock and the scoreboard renderer. Untrusted text (labels, nicknames, gift names) is only ever
// inserted with textContent.

const WATCHDOG_MS = 30_000;
const MAX_BACKOFF_MS = 30_000;

/** The server's clock as seen from here: the largest (serverNow - localNow) seen, i.e. the least delayed. */
export class ServerClock {
  constructor() {
    this.samples = [];
    this.offset = 0;
  }

  sample(serverNow) {
    if (typeof serverNow !== 'number') return;
    this.samples.push(serverNow - Date.now());
    if (this.samples.length > 20) this.samples.shift();
    this.offset = Math.max(...this.samples);
  }

  now() {
    return Date.now() + this.offset;
  }
}

/**
 * Follows a battle stream. EventSource reconnects by itself (sending Last-Event-ID); when it gives up (an HTTP
 * error, the server restarting) or goes quiet for 30 s (no heartbeat), a new one is made with ?lastEventId=.
 */
export function openStream(url, { lastEventId, onScoreboard, onScore, onGift, onEnded, onPing, onOdds, onStatus }) {
  let source = null;
  let lastId = lastEventId ? String(lastEventId) : '';
  let lastMessageAt = Date.now();
  let backoff = 1000;
  let retryTimer = null;
  let closed = false;

  const status = (value) => onStatus && onStatus(value);
  const touch = (event) => {
    lastMessageAt = Date.now();
    backoff = 1000;
    if (event.lastEventId) lastId = event.lastEventId;
    status('live');
  };
  const handle = (handler) => (event) => {
    touch(event);
    if (handler) handler(JSON.parse(event.data));
  };

  function open() {
    if (closed) return;
    const target = new URL(url, window.location.href);
    if (lastId) target.searchParams.set('lastEventId', lastId);
    source = new EventSource(target);
    source.addEventListener('open', () => {
      lastMessageAt = Date.now();
      status('live');
    });
    source.addEventListener('scoreboard', handle(onScoreboard));
    source.addEventListener('score', handle(onScore));
    source.addEventListener('gift', handle(onGift));
    source.addEventListener('ended', handle(onEnded));
    source.addEventListener('ping', handle(onPing));
    source.addEventListener('odds', handle(onOdds));
    source.addEventListener('error', () => {
      if (closed) return;
      if (source.readyState === EventSource.CLOSED) {
        reopenLater();
      } else {
        status('reconnecting');
      }
    });
  }

  function reopenLater() {
    status('reconnecting');
    if (source) source.close();
    clearTimeout(retryTimer);
    const delay = backoff * (0.75 + Math.random() * 0.5);
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    retryTimer = setTimeout(() => {
      lastMessageAt = Date.now();
      open();
    }, delay);
  }

  const watchdog = setInterval(() => {
    if (!closed && Date.now() - lastMessageAt > WATCHDOG_MS) {
      lastMessageAt = Date.now();
      if (source) source.close();
      open();
    }
  }, 5_000);

  open();
  return {
    close() {
      closed = true;
      clearInterval(watchdog);
      clearTimeout(retryTimer);
      if (source) source.close();
      status('closed');
    },
    lastEventId: () => lastId,
  };
}

export const formatNumber = (value) => new Intl.NumberFormat('en-US').format(value);

export function formatCompact(value) {
  if (value < 100_000) return formatNumber(value);
  return new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

export function formatClock(millis) {
  const total = Math.max(0, Math.ceil(millis / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

const one = (root, selector) => root.querySelector(selector);

/** Keeps the scoreboard DOM of one battle in step with the views it is given (newest version wins). */
export class ScoreboardRenderer {
  constructor(root, clock, { onLeadChange, onEnd } = {}) {
    this.root = root;
    this.clock = clock;
    this.view = null;
    this.knownScores = new Map();
    this.onLeadChange = onLeadChange;
    this.onEnd = onEnd;
    this.tick = this.tick.bind(this);
    this.timerHandle = setInterval(this.tick, 200);
  }

  render(view, { sampleClock = true } = {}) {
    if (this.view && view.version < this.view.version && !(view.phase === 'ENDED' && this.view.phase !== 'ENDED')) {
      return;
    }
    const previous = this.view;
    this.view = view;
    if (sampleClock) this.clock.sample(view.timer.serverNow);
    this.root.dataset.phase = view.phase;
    for (const side of view.sides) this.renderSide(side, view);
    this.renderBar(view);
    this.renderSnipes(view);
    const pending = one(this.root, '[data-pending]');
    if (pending) {
      pending.textContent = view.pendingStreaks > 0
        ? `${view.pendingStreaks} streak${view.pendingStreaks === 1 ? '' : 's'} in progress`
        : '';
    }
    if (previous && previous.leader && view.leader && previous.leader !== view.leader && this.onLeadChange) {
      const side = view.sides.find((candidate) => candidate.id === view.leader);
      if (side) this.onLeadChange(side);
    }
    if (view.phase === 'ENDED') this.renderResult(view);
    this.tick();
    if (!previous) requestAnimationFrame(() => requestAnimationFrame(() => (this.root.dataset.ready = '')));
  }

  /**
   * Applies a score event (scores, leader, pending streaks between two whole scoreboards) to the scoreboard
   * shown; top gifters, snipes and the timer stay until the next whole one.
   */
  applyScore(score) {
    if (!this.view || score.version <= this.view.version || this.view.phase === 'ENDED') return;
    const scores = new Map(score.sides.map((side) => [side.id, side.score]));
    const sides = this.view.sides.map((side) => (scores.has(side.id) ? { ...side, score: scores.get(side.id) } : side));
    const view = { ...this.view, version: score.version, leader: score.leader, pendingStreaks: score.pendingStreaks, sides };
    this.render(view, { sampleClock: false });
  }

  renderSide(side, view) {
    const element = this.root.querySelector(`[data-side="${CSS.escape(side.id)}"]`);
    if (!element) return;
    if (side.score !== null) this.knownScores.set(side.id, side.score);
    const score = one(element, '[data-score]');
    if (score) {
      const text = side.score === null ? '???' : formatCompact(side.score);
      if (score.textContent !== text) {
        score.textContent = text;
        score.classList.remove('bump');
        void score.offsetWidth;
        score.classList.add('bump');
      }
    }
    element.classList.toggle('is-hidden', side.hidden);
    element.classList.toggle('is-frozen', side.frozen);
    element.classList.toggle('is-boosted', side.multiplier > 1);
    element.classList.toggle('is-leading', view.leader === side.id && view.phase !== 'ENDED');
    element.classList.toggle('is-winner', view.winner === side.id);
    const multiplier = one(element, '[data-multiplier]');
    if (multiplier) multiplier.querySelector('[data-multiplier-value]').textContent = `x${side.multiplier}`;
    const gifters = one(element, '[data-gifters]');
    if (gifters) this.renderGifters(gifters, side.topGifters);
  }

  renderGifters(list, gifters) {
    const items = gifters.map((gifter, index) => {
      const item = document.createElement('li');
      const rank = document.createElement('span');
      rank.className = 'gifter-rank';
      rank.textContent = String(index + 1);
      const name = document.createElement('span');
      name.className = 'gifter-name';
      name.textContent = gifter.nickname;
      const coins = document.createElement('span');
      coins.className = 'gifter-coins';
      coins.textContent = gifter.coins === null ? '???' : formatCompact(gifter.coins);
      item.append(rank, name, coins);
      return item;
    });
    list.replaceChildren(...items);
    list.classList.toggle('is-empty', items.length === 0);
  }

  renderBar(view) {
    const scores = view.sides.map((side) => Math.max(0, this.knownScores.get(side.id) ?? 0));
    const total = scores.reduce((sum, score) => sum + score, 0);
    view.sides.forEach((side, index) => {
      const segment = this.root.querySelector(`[data-bar-segment="${CSS.escape(side.id)}"]`);
      if (!segment) return;
      const share = total === 0 ? 100 / view.sides.length : (scores[index] / total) * 100;
      segment.style.flexBasis = `${Math.max(4, share)}%`;
      segment.classList.toggle('is-hidden', side.hidden);
    });
  }

  renderSnipes(view) {
    const list = one(this.root, '[data-snipes]');
    if (!list) return;
    const items = view.snipes.slice().reverse().map((snipe) => {
      const item = document.createElement('li');
      const side = view.sides.find((candidate) => candidate.id === snipe.sideId);
      item.dataset.sideIndex = String(view.sides.indexOf(side));
      const who = document.createElement('strong');
      who.textContent = snipe.nickname;
      const what = document.createElement('span');
      what.textContent = ` ${snipe.giftName} · ${formatCompact(snipe.coins)}`;
      item.append(who, what);
      return item;
    });
    list.replaceChildren(...items);
    const box = list.closest('[data-snipes-box]');
    if (box) box.hidden = items.length === 0;
  }

  renderResult(view) {
    const banner = one(this.root, '[data-result]');
    if (!banner) return;
    const title = one(banner, '[data-result-title]');
    const detail = one(banner, '[data-result-detail]');
    const winner = view.sides.find((side) => side.id === view.winner);
    if (view.tie || !winner) {
      title.textContent = 'Tie!';
      detail.textContent = view.sides.map((side) => side.label).join(' = ');
    } else {
      title.textContent = `${winner.label} wins!`;
      detail.textContent = view.sides
        .map((side) => `${side.label} ${side.score === null ? '???' : formatNumber(side.score)}`)
        .join('  ·  ');
    }
    banner.hidden = false;
    banner.classList.add('is-shown');
    if (this.onEnd) this.onEnd(view);
  }

  tick() {
    const view = this.view;
    if (!view) return;
    const timer = one(this.root, '[data-timer]');
    const now = this.clock.now();
    let remaining;
    if (view.phase === 'ENDED') {
      remaining = 0;
    } else if (view.timer.endsAt === null) {
      remaining = view.timer.durationMillis;
    } else {
      remaining = view.timer.endsAt - now;
    }
    if (timer) {
      timer.textContent = formatClock(remaining);
      timer.classList.toggle('is-final', view.phase !== 'ENDED' && view.timer.endsAt !== null && remaining <= 30_000);
      timer.classList.toggle('is-last-ten', view.phase !== 'ENDED' && view.timer.endsAt !== null && remaining <= 10_000);
    }
    this.root.classList.toggle('is-final-stretch', view.phase !== 'ENDED' && view.timer.endsAt !== null && remaining <= 30_000);
    const progress = one(this.root, '[data-timer-progress]');
    if (progress && view.timer.durationMillis > 0) {
      const left = view.phase === 'ENDED' ? 0 : Math.min(1, Math.max(0, remaining / view.timer.durationMillis));
      progress.style.transform = `scaleX(${left})`;
    }
    for (const side of view.sides) {
      const element = this.root.querySelector(`[data-side="${CSS.escape(side.id)}"]`);
      if (!element) continue;
      this.countdown(element, '[data-multiplier]', side.multiplier > 1 ? side.multiplierUntil : null, now);
      this.countdown(element, '[data-frozen]', side.frozen ? side.frozenUntil : null, now);
      this.countdown(element, '[data-mist]', side.hidden ? side.hiddenUntil : null, now);
    }
  }

  countdown(element, selector, until, now) {
    const badge = one(element, selector);
    if (!badge) return;
    const active = until !== null && until !== undefined && until > now && this.view.phase !== 'ENDED';
    badge.hidden = !active;
    const left = one(badge, '[data-left]');
    if (active && left) left.textContent = `${Math.ceil((until - now) / 1000)}s`;
  }
}

/** A gift's one-line description, e.g. "Rose ×5 · 5 coins". */
export function describeGift(gift) {
  const count = gift.count > 1 ? ` ×${gift.count}` : '';
  return `${gift.giftName}${count}`;
}

/** Builds a gift element (icon, sender, gift, coins) with textContent only. */
export function giftElement(gift, sides, tag = 'li') {
  const item = document.createElement(tag);
  item.className = `gift gift-${gift.tier}`;
  const index = sides.findIndex((side) => side.id === gift.sideId);
  item.dataset.sideIndex = String(index);
  const icon = document.createElement('img');
  icon.className = 'gift-icon';
  icon.alt = '';
  icon.width = 40;
  icon.height = 40;
  icon.src = gift.icon;
  const text = document.createElement('span');
  text.className = 'gift-text';
  const who = document.createElement('strong');
  who.className = 'gift-sender';
  who.dataset.testid = 'gift-sender';
  who.textContent = gift.nickname;
  const what = document.createElement('span');
  what.className = 'gift-name';
  what.textContent = `sent ${describeGift(gift)}`;
  text.append(who, what);
  const coins = document.createElement('span');
  coins.className = 'gift-coins';
  coins.textContent = `+${formatCompact(gift.coins)}`;
  item.append(icon, text, coins);
  if (gift.inferred) item.title = 'The streak ended without its final event; counted at its last count.';
  return item;
}

/**
 * Shows each side's chance of winning (an `odds` event) in its [data-odds] element, in whole percent; while a side
 * is misted the odds are withheld and say so.
 */
export function renderOdds(root, odds) {
  for (const element of root.querySelectorAll('[data-side] [data-odds]')) {
    const sideId = element.closest('[data-side]').dataset.side;
    const side = odds.sides.find((s) => s.id === sideId);
    element.hidden = false;
    element.textContent = odds.hidden ? 'Odds hidden by the mist' : side ? `${side.percent}% to win` : '';
    element.dataset.chance = side ? String(side.chance) : '';
  }
}
