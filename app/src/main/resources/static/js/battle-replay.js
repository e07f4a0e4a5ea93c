// The replay on a battle's analytics page: the battle played back on the scoreboard (the live page's renderer)
// from the analytics' timeline: scores over time, lead changes, effect windows, timer changes, snipes and the
// biggest gifts. Time is battle time in milliseconds since the start; the renderer's clock is the replay position.
import { ScoreboardRenderer, formatCompact } from './scoreboard-stream.js';

const FEED_SIZE = 8;

/** Starts the replay of the page's battle, if the page has one and the battle has begun. */
export function startReplay(root, data) {
  const stage = root.querySelector('[data-replay]');
  if (!stage || !data.scores || data.scores.length === 0) return null;
  const replay = new Replay(root, stage, data);
  replay.seek(0);
  return replay;
}

/** The renderer's clock: the replay position instead of the server's time. */
class ReplayClock {
  constructor() {
    this.position = 0;
  }

  sample() {}

  now() {
    return this.position;
  }
}

/** The last index of a list sorted by `at` whose `at` is at most `t`, or -1. */
function lastAtOrBefore(list, t) {
  let low = 0;
  let high = list.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (list[middle].at <= t) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

function clockText(millis) {
  const total = Math.max(0, Math.floor(millis / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

class Replay {
  constructor(root, stage, data) {
    this.data = data;
    this.stage = stage;
    this.length = Math.max(data.coveredMillis, data.scores[data.scores.length - 1].at);
    this.clock = new ReplayClock();
    this.version = 0;
    this.position = 0;
    this.playing = false;
    this.lastFrame = 0;
    this.feedUpTo = -1;
    this.seeking = false;
    this.leads = data.leadChanges.slice().sort((a, b) => a.at - b.at);
    this.timer = data.replay.timer.slice().sort((a, b) => a.at - b.at);
    this.gifts = data.replay.gifts;
    this.toast = stage.querySelector('[data-toast]');
    this.banner = stage.querySelector('[data-result]');
    this.renderer = new ScoreboardRenderer(stage, this.clock, { onLeadChange: (side) => this.announce(side) });
    this.play = root.querySelector('[data-replay-play]');
    this.speed = root.querySelector('[data-replay-speed]');
    this.scrubber = root.querySelector('[data-replay-scrubber]');
    this.time = root.querySelector('[data-replay-time]');
    this.feed = root.querySelector('[data-replay-feed]');
    this.frame = this.frame.bind(this);
    this.scrubber.max = String(this.length);
    this.play.addEventListener('click', () => (this.playing ? this.pause() : this.start()));
    this.scrubber.addEventListener('input', () => {
      this.seeking = true;
      this.seek(Number(this.scrubber.value));
      this.seeking = false;
    });
  }

  start() {
    if (this.position >= this.length) this.seek(0);
    this.playing = true;
    this.lastFrame = performance.now();
    this.play.textContent = 'Pause';
    this.stage.dataset.playing = '';
    requestAnimationFrame(this.frame);
  }

  pause() {
    this.playing = false;
    this.play.textContent = this.position >= this.length ? 'Play again' : 'Play';
    delete this.stage.dataset.playing;
  }

  frame(now) {
    if (!this.playing) return;
    const elapsed = Math.max(0, now - this.lastFrame);
    this.lastFrame = now;
    this.seek(Math.min(this.length, this.position + elapsed * Number(this.speed.value || 1)));
    if (this.position >= this.length) {
      this.pause();
      return;
    }
    requestAnimationFrame(this.frame);
  }

  /** Shows the battle as it stood at `t`. */
  seek(t) {
    const backwards = t < this.position;
    this.position = t;
    this.clock.position = t;
    const view = this.viewAt(t);
    if (view.phase !== 'ENDED' && this.banner) {
      this.banner.hidden = true;
      this.banner.classList.remove('is-shown');
    }
    this.renderer.render(view);
    this.scrubber.value = String(Math.round(t));
    this.time.textContent = `${clockText(t)} / ${clockText(this.length)}`;
    this.updateFeed(t, backwards);
  }

  viewAt(t) {
    const data = this.data;
    const point = data.scores[Math.max(0, lastAtOrBefore(data.scores, t))];
    const lead = lastAtOrBefore(this.leads, t);
    const timer = lastAtOrBefore(this.timer, t);
    const endsAt = timer >= 0 ? this.timer[timer].endsAt : data.durationMillis;
    const ended = data.status === 'ENDED' && t >= this.length;
    return {
      version: ++this.version,
      phase: ended ? 'ENDED' : 'LIVE',
      timer: { serverNow: t, endsAt, durationMillis: endsAt },
      sides: data.sides.map((side, index) => ({
        id: side.id,
        label: side.label,
        score: point.scores[index],
        ...this.effectsAt(side.id, t),
        topGifters: [],
      })),
      leader: lead >= 0 ? this.leads[lead].sideId : null,
      winner: ended ? data.winnerSideId : null,
      tie: ended && data.tie,
      snipes: data.snipes.filter((snipe) => snipe.at <= t).slice(-6),
      pendingStreaks: 0,
    };
  }

  effectsAt(sideId, t) {
    const state = { multiplier: 1, multiplierUntil: null, hidden: false, hiddenUntil: null, frozen: false, frozenUntil: null };
    for (const effect of this.data.replay.effects) {
      if (effect.sideId !== sideId || t < effect.from || t >= effect.until) continue;
      if (effect.effect === 'BOOST' || effect.effect === 'TASK_MULTIPLIER') {
        if (effect.factor >= state.multiplier) {
          state.multiplier = effect.factor;
          state.multiplierUntil = effect.until;
        }
      } else if (effect.effect === 'MIST') {
        state.hidden = true;
        state.hiddenUntil = effect.until;
      } else if (effect.effect === 'FREEZE') {
        state.frozen = true;
        state.frozenUntil = effect.until;
      }
    }
    return state;
  }

  /** The feed shows the latest notable gifts up to `t`: appended while playing, rebuilt after a jump back. */
  updateFeed(t, backwards) {
    if (!this.feed) return;
    const upTo = lastAtOrBefore(this.gifts, t);
    if (backwards || upTo < this.feedUpTo || upTo - this.feedUpTo > FEED_SIZE) {
      this.feed.replaceChildren(...this.gifts.slice(Math.max(0, upTo + 1 - FEED_SIZE), upTo + 1).reverse().map((gift) => this.giftItem(gift)));
    } else {
      for (let i = this.feedUpTo + 1; i <= upTo; i++) this.feed.prepend(this.giftItem(this.gifts[i]));
      while (this.feed.children.length > FEED_SIZE) this.feed.lastElementChild.remove();
    }
    this.feedUpTo = upTo;
  }

  giftItem(gift) {
    const item = document.createElement('li');
    item.className = 'replay-gift';
    item.dataset.sideIndex = String(this.data.sides.findIndex((side) => side.id === gift.sideId));
    const time = document.createElement('span');
    time.className = 'replay-gift-time';
    time.textContent = clockText(gift.at);
    const who = document.createElement('strong');
    who.textContent = gift.nickname;
    const what = document.createElement('span');
    what.textContent = ` ${gift.giftName}${gift.count > 1 ? ` ×${gift.count}` : ''} · ${formatCompact(gift.coins)}`;
    item.append(time, who, what);
    if (gift.snipe) {
      const badge = document.createElement('span');
      badge.className = 'snipe-badge';
      badge.textContent = 'Snipe';
      item.append(badge);
    }
    return item;
  }

  announce(side) {
    if (!this.toast || this.seeking) return;
    this.toast.textContent = `${side.label} takes the lead!`;
    this.toast.hidden = false;
    this.toast.classList.remove('is-shown');
    void this.toast.offsetWidth;
    this.toast.classList.add('is-shown');
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => {
      this.toast.hidden = true;
    }, 1800);
  }
}
