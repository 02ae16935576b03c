/**
 * The rule vocabulary: the facts that the DRL files match and the findings they insert.
 *
 * <p>Input facts ({@link io.github.ladorules.facts.Subject}, {@link io.github.ladorules.facts.Child},
 * {@link io.github.ladorules.facts.Concern}, {@link io.github.ladorules.facts.Circumstances},
 * {@link io.github.ladorules.facts.LocalParameters}) are read-only views of a case. Rules never change them; they
 * insert {@link io.github.ladorules.facts.Finding}s, each remembering the rule that made it, so every part of a
 * decision can name its rule, text and citation. An unknown value is {@code null}, and a constraint such as
 * {@code injury == true} is false for it: rules rest on known facts only.
 *
 * <p>A finished investigation has its own facts ({@link io.github.ladorules.facts.OutcomeSubject},
 * {@link io.github.ladorules.facts.Allegation}, {@link io.github.ladorules.facts.Investigation}) and findings
 * ({@link io.github.ladorules.facts.OutcomeFinding} and its subtypes). They are separate types on purpose: the
 * threshold rules and the outcome rules share one rule base per edition, and neither may match the other's facts.
 *
 * <p>Public because the DRL imports it; hosts use the {@code io.github.ladorules} package instead.
 */
package io.github.ladorules.facts;
