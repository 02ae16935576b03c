package io.github.ladorules.internal;

import io.github.ladorules.LadoCase;
import java.util.function.Function;

/**
 * A way of finding the questions of a case, given its result on the known facts and a way to evaluate a variant of
 * it. {@link QuestionFinder} is the one the engine uses; the tests compare it with the exhaustive search it replaced.
 */
@FunctionalInterface
interface QuestionSearch {
    FoundQuestions find(LadoCase lado, DecisionAssembler.CaseResult base,
                        Function<LadoCase, DecisionAssembler.CaseResult> evaluate);
}
