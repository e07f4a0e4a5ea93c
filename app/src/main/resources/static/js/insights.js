// The creator insights pages: Chart.js charts (from the WebJar, loaded before this module) drawn from the page's
// figures (data-insights, the same JSON as the API). Every chart has a table next to it; titles are untrusted and
// reach Chart.js only as data (it draws them on the canvas, never as HTML).
const PALETTE = ['#e8194a', '#00a19b', '#d98a00', '#7c4dff'];
const root = document.querySelector('[data-insights]');

if (root && window.Chart) {
  const data = JSON.parse(root.dataset.insights);
  window.Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  window.Chart.defaults.color = '#3d3d4a';
  for (const canvas of document.querySelectorAll('canvas[data-chart]')) {
    const config = chartOf(canvas.dataset.chart, data);
    if (config) new window.Chart(canvas, config);
  }
}

function chartOf(kind, data) {
  switch (kind) {
    case 'followers':
      return lineChart(data.profile.map((p) => p.day), [['Followers', data.profile.map((p) => p.followers)]]);
    case 'likes':
      return lineChart(data.profile.map((p) => p.day), [
        ['Likes', data.profile.map((p) => p.likes)],
        ['Videos', data.profile.map((p) => p.videos), 'videos'],
      ]);
    case 'hours':
      return barChart(data.byHour.map((slot) => [slot.label.slice(0, 2), slot.medianViews]));
    case 'weekdays':
      return barChart(data.byWeekday.map((slot) => [slot.label.slice(0, 3), slot.medianViews]));
    case 'video':
      return lineChart(data.days.map((d) => d.day), [
        ['Views', data.days.map((d) => d.views)],
        ['Likes', data.days.map((d) => d.likes), 'small'],
        ['Comments', data.days.map((d) => d.comments), 'small'],
        ['Shares', data.days.map((d) => d.shares), 'small'],
      ]);
    default:
      return null;
  }
}

// series: [label, values, axis?]; a second axis keeps small counts readable next to large ones
function lineChart(labels, series) {
  const scales = {
    x: { ticks: { maxRotation: 0, autoSkip: true, maxTicksLimit: 8 } },
    y: { beginAtZero: false, ticks: { precision: 0 } },
  };
  for (const [, , axis] of series) {
    if (axis) scales[axis] = { position: 'right', beginAtZero: true, ticks: { precision: 0 }, grid: { drawOnChartArea: false } };
  }
  return {
    type: 'line',
    data: {
      labels,
      datasets: series.map(([label, values, axis], index) => ({
        label,
        data: values,
        yAxisID: axis || 'y',
        borderColor: PALETTE[index % PALETTE.length],
        backgroundColor: PALETTE[index % PALETTE.length],
        borderWidth: 2,
        pointRadius: labels.length > 40 ? 0 : 2,
        tension: 0,
      })),
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales,
      plugins: { legend: { position: 'bottom', display: series.length > 1 } },
    },
  };
}

function barChart(rows) {
  return {
    type: 'bar',
    data: {
      labels: rows.map((row) => row[0]),
      datasets: [{ label: 'Median views', data: rows.map((row) => row[1]), backgroundColor: PALETTE[1] }],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
    },
  };
}
