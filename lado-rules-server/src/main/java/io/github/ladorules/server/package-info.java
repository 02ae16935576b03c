/**
 * {@code lado-rules serve}: the core API ({@code io.github.ladorules}) over HTTP. It parses requests, calls the
 * engine and writes what the engine returns; it decides nothing itself. {@link io.github.ladorules.server.LadoServer}
 * is the entry point; everything else here is how requests are handled and is not API.
 */
package io.github.ladorules.server;
