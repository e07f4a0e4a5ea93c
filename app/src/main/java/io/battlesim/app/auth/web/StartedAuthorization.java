package io.battlesim.app.auth.web;

import java.net.URI;

/** Where to send the browser to sign in with TikTok, and the state it will come back with. */
record StartedAuthorization(URI authorizationUrl, String state) {}
