// The leaderboard overlay: follows its SSE stream; every 'board' event is the whole board, so a reconnect
// (EventSource retries by itself) simply shows the latest. Names are set as text, never as HTML.
const root = document.querySelector('[data-board]');
const lines = root.querySelector('[data-lines]');
const empty = root.querySelector('[data-empty]');
const coins = new Intl.NumberFormat('en-US');

function render(board) {
  const items = board.entries.map((entry) => {
    const item = document.createElement('li');
    const rank = document.createElement('span');
    rank.className = 'line-rank';
    rank.textContent = String(entry.rank);
    const name = document.createElement('span');
    name.className = 'line-name';
    name.textContent = entry.nickname;
    name.title = `@${entry.uniqueId}`;
    const amount = document.createElement('span');
    amount.className = 'line-coins';
    amount.textContent = coins.format(entry.coins);
    item.append(rank, name, amount);
    return item;
  });
  lines.replaceChildren(...items);
  empty.hidden = items.length > 0;
  root.dataset.version = String(Number(root.dataset.version || 0) + 1);
}

const stream = new EventSource(root.dataset.stream);
stream.addEventListener('board', (event) => render(JSON.parse(event.data)));
