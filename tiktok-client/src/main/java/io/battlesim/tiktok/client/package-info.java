/**
 * Typed Java SDK for TikTok's Open API v2 (Login Kit OAuth, the Display API and Content Posting with chunked
 * upload, status polling and webhook verification), built on the JDK
 * {@link java.net.http.HttpClient}, Jackson and Bucket4j, with no Spring dependency. {@link
 * io.battlesim.tiktok.client.TikTokClient} is the entry point; its public types are the whole API and every
 * other type in this package is an implementation detail kept package-private, the way Retrofit keeps its
 * internals in one package. Failures surface as the sealed {@link io.battlesim.tiktok.client.TikTokException}
 * hierarchy, transport problems apart from TikTok's own error answers.
 */
@NullMarked
package io.battlesim.tiktok.client;

import org.jspecify.annotations.NullMarked;
