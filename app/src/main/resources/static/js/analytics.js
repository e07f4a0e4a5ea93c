// The analytics pages: Chart.js charts (from the WebJar, loaded before this module) drawn from the page's
// figures (data-analytics, the same JSON as the API), and on a battle's page the replay. Every chart has a table
// next to it; names are untrusted and reach Chart.js only as data (it draws them on the canvas, never as HTML).
import { startReplay } from './battle-replay.js';

const PALETTE = ['#e8194a', '#00a19b', '#d98a00', '#7c4dff', '#2f6fde', '#5b8c00', '#c2185b', '#6d4c41'];
const root = document.querySelector('[data-analytics]');

if (root) {
  const data = JSON.parse(root.dataset.analytics);
  if (window.Chart) {
    window.Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    window.Chart.defaults.color = '#3d3d4a';
    drawCharts(data);
  }
  startReplay(root, data);
}

function drawCharts(data) {
  for (const canvas of document.querySelectorAll('canvas[data-chart]')) {
    const config = chartOf(canvas.dataset.chart, data);
    if (config) new window.Chart(canvas, config);
  }
}

function chartOf(kind, data) {
  switch (kind) {
    case 'scores': return scoresChart(data);
    case 'types': return barChart(data.giftTypes.slice(0, 12).map((type) => [type.name, type.coins]), 'Coins', true);
    case 'bands': return barChart(data.valueBands.map((band) => [band.label, band.gifts]), 'Gifts', false);
    case 'hours': return barChart(data.byHour.map((bucket) => [bucket.label.slice(0, 2), bucket.gifts]), 'Gifts', false);
    case 'weekdays': return barChart(data.byWeekday.map((bucket) => [bucket.label.slice(0, 3), bucket.gifts]), 'Gifts', false);
    case 'mix': return barChart(data.giftMix.slice(0, 12).map((type) => [type.name, type.coins]), 'Coins', true);
    default: return null;
  }
}

function scoresChart(data) {
  return {
    type: 'line',
    data: {
      datasets: data.sides.map((side, index) => ({
        label: side.label,
        data: data.scores.map((point) => ({ x: point.at / 1000, y: point.scores[index] })),
        borderColor: PALETTE[index % PALETTE.length],
        backgroundColor: PALETTE[index % PALETTE.length],
        borderWidth: 2,
        pointRadius: data.scores.map((point) => (point.leadChange ? 3 : 0)),
        tension: 0,
      })),
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      scales: {
        x: { type: 'linear', min: 0, title: { display: true, text: 'Seconds since the start' } },
        y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'Score' } },
      },
      plugins: { legend: { position: 'bottom' } },
    },
  };
}

function barChart(rows, label, horizontal) {
  return {
    type: 'bar',
    data: {
      labels: rows.map((row) => row[0]),
      datasets: [{ label, data: rows.map((row) => row[1]), backgroundColor: PALETTE[1] }],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      indexAxis: horizontal ? 'y' : 'x',
      plugins: { legend: { display: false } },
      scales: { [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 } } },
    },
  };
}
