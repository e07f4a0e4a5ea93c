// The OBS overlay's layout and scale, set before the first paint (a classic script in <head>).
// Without ?layout= the browser source's shape decides: vertical (1080x1920) when it is taller than wide, else full
// (1920x1080); ?layout=audience (the audience widgets alone) has a canvas 720 wide. Without ?scale= the canvas shrinks to fit a narrower source (never grows). The CSS keeps it centred.
// ?scale= arrives as a data attribute: the Content-Security-Policy allows no inline style attribute.
(() => {
  const html = document.documentElement;
  const portrait = window.matchMedia('(orientation: portrait)');
  const chosen = Number(html.dataset.scale);

  const fit = () => {
    if (html.classList.contains('layout-auto')) {
      html.classList.toggle('layout-vertical', portrait.matches);
      html.classList.toggle('layout-full', !portrait.matches);
    }
    const canvasWidth = html.classList.contains('layout-vertical')
      ? 1080
      : html.classList.contains('layout-audience')
        ? 720
        : 1920;
    const width = window.innerWidth;
    const scale = Number.isFinite(chosen) && chosen > 0 ? chosen : width > 0 ? Math.min(1, width / canvasWidth) : 1;
    html.style.setProperty('--scale', String(scale));
  };

  fit();
  portrait.addEventListener('change', fit);
  window.addEventListener('resize', fit);
})();
