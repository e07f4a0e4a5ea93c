// The API docs page: Swagger UI (its bundle is loaded by the page before this module) on the app's description.
const root = document.getElementById('swagger-ui');

if (root && window.SwaggerUIBundle) {
  window.SwaggerUIBundle({
    url: root.dataset.specUrl,
    domNode: root,
    deepLinking: true,
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
  });
}
