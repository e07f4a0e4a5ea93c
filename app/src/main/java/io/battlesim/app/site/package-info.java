/**
 * The public face of the application: the shared page layout, the home, privacy, terms and error pages, the
 * OpenAPI description served at {@code /docs}, and the RFC 9457 problem details returned by every {@code /api/**}
 * endpoint. It reads configuration only and depends on no other application module; the signed-in user reaches
 * its templates as the {@code currentUser} model attribute that the {@code auth} module adds.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package io.battlesim.app.site;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
