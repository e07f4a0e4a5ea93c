/** The viewer page, its QR code, and the audience API. */
@org.jspecify.annotations.NullMarked
package io.battlesim.app.audience.web;
