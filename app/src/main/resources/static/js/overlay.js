// The OBS overlay: the battle bar, scores, timer and top gifters from the SSE stream, gift alerts one at a time
// (queued, never merged), the winner banner at the end, and the audience widgets while voting is on (or anyone
// voted). Reconnects by itself; read-only.
import { ScoreboardRenderer, ServerClock, giftElement, openStream, renderOdds } from './scoreboard-stream.js';
import { AudienceRenderer } from './audience-widgets.js';

const ALERT_MS = { small: 2200, medium: 3000, big: 4500, huge: 6000 };
const root = document.querySelector('[data-overlay]');

/** Shows queued gift alerts one after another; a long queue shortens each alert, none is skipped. */
class AlertQueue {
  constructor(stage) {
    this.stage = stage;
    this.queue = [];
    this.busy = false;
  }

  push(gift, sides) {
    this.queue.push({ gift, sides });
    if (!this.busy) this.next();
  }

  next() {
    const entry = this.queue.shift();
    if (!entry || !this.stage) {
      this.busy = false;
      return;
    }
    this.busy = true;
    const alert = giftElement(entry.gift, entry.sides, 'div');
    alert.classList.add('alert');
    this.stage.replaceChildren(alert);
    const hurry = this.queue.length > 8 ? 0.35 : this.queue.length > 3 ? 0.6 : 1;
    const duration = (ALERT_MS[entry.gift.tier] ?? 2500) * hurry;
    setTimeout(() => {
      alert.classList.add('is-leaving');
      setTimeout(() => this.next(), 250);
    }, duration);
  }
}

/**
 * The audience widgets below the board. While they show, the overlay has .has-audience and --audience-height (their
 * height on the canvas), which moves the alerts, snipes and result below them.
 */
function audienceWidgets(overlay, sides) {
  const box = overlay.querySelector('[data-audience]');
  return new AudienceRenderer(box, {
    sides,
    onRender: () => {
      const shown = !box.classList.contains('is-off');
      overlay.classList.toggle('has-audience', shown);
      overlay.style.setProperty('--audience-height', `${shown ? box.offsetHeight : 0}px`);
    },
  });
}

if (root) {
  const clock = new ServerClock();
  clock.sample(Number(root.dataset.serverNow));
  const initial = JSON.parse(root.dataset.initial);
  let sides = initial.sides;
  const alerts = new AlertQueue(root.querySelector('[data-alert]'));
  const renderer = new ScoreboardRenderer(root, clock);
  renderer.render(initial);
  const audience = audienceWidgets(root, initial.sides);
  audience.render(initial.audience, initial.version);

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
      onGift: (gift) => alerts.push(gift, sides),
      onEnded: (view) => {
        renderer.render(view);
        audience.render(view.audience, view.version);
        stream.close();
      },
      onPing: (ping) => clock.sample(ping.serverNow),
      onOdds: root.dataset.odds === 'on' ? (odds) => renderOdds(root, odds) : null,
      onStatus: (state) => {
        root.dataset.connection = state;
      },
    });
  }
}
