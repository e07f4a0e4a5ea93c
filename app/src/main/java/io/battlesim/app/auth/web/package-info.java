/**
 * The web side of sign-in: the OAuth redirect and callback, the consent page, disconnect and delete-my-data,
 * the JSON API with the mobile token exchange, bearer app sessions and the Spring Security configuration.
 */
@org.jspecify.annotations.NullMarked
package io.battlesim.app.auth.web;
