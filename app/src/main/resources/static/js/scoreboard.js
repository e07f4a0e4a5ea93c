// The scoreboard page: renders the battle from its SSE stream, fills the gift feed, copies the overlay URL.
import { ScoreboardRenderer, ServerClock, giftElement, openStream } from './scoreboard-stream.js';

const FEED_SIZE = 30;
const root = document.querySelector('[data-scoreboard]');

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
      },
      onScore: (score) => renderer.applyScore(score),
      onGift: addGift,
      onEnded: (view) => {
        renderer.render(view);
        stream.close();
      },
      onPing: (ping) => clock.sample(ping.serverNow),
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
