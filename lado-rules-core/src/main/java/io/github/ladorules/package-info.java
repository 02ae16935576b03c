/**
 * The lado-rules API. This package, and only this package, is the stable surface a host programs against:
 * {@link io.github.ladorules.LadoEngine} evaluates cases and classifies outcomes, {@link io.github.ladorules.LadoCodec}
 * reads inputs (from a file, a string, a stream or a map) and writes decisions, and the records and enums here are
 * the {@code lado-case/1}, {@code lado-outcome/1}, {@code lado-decision/1} and {@code lado-outcome-decision/1}
 * documents. No public signature here uses a JSON library's types.
 *
 * <p>{@code io.github.ladorules.facts} is public only because the rule files import it;
 * {@code io.github.ladorules.testcases} serves the CLI's test runner; {@code io.github.ladorules.internal} and its
 * subpackages are implementation and may change in any release.
 */
package io.github.ladorules;
