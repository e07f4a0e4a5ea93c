/**
 * Where the limits meet requests: a filter in front of Spring Security for what is limited by client address
 * (sign-in, failed authentication), a filter behind it for what is limited by user when one is signed in (API calls,
 * battle creation), the 429 answers (problem+json on the API and webhooks, the error page for browsers) and the
 * 429 responses in the OpenAPI description.
 */
@org.jspecify.annotations.NullMarked
package io.battlesim.app.ratelimit.web;
