package io.github.ladorules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ladorules.Action;
import io.github.ladorules.LadoCase;
import io.github.ladorules.facts.Recommend;
import java.util.List;

/**
 * A way of finding the questions of a case, given its result on the known facts and a way to try variants of it.
 * {@link QuestionFinder} is the one the engine uses; the tests compare it with the exhaustive search it replaced.
 */
@FunctionalInterface
interface QuestionSearch {
    FoundQuestions find(LadoCase lado, DecisionAssembler.CaseResult base, Trials trials);

    /** What a search may ask of the rules while it looks for questions. */
    interface Trials {
        /** The result of a variant of the whole case. */
        DecisionAssembler.CaseResult evaluate(LadoCase variant);

        /**
         * The results of variants of some adults' parts, in one run: each variant's facts are its own (no two share
         * an adult, a concern or a child, even where the variants copy the same adult), so the rules keep them apart
         * and each adult's result is what a run of its variant alone would give. The result lists every variant's
         * adults in turn, and no actions for the whole case (the rules for the case as a whole do not run: side by
         * side, they would count the copies as adults of one case; {@link #forTheCase} gives those actions). Each
         * variant's adults and concerns sit at its positions in the whole case (a rules error names them by those
         * places).
         */
        DecisionAssembler.CaseResult evaluateApart(List<LadoCase> variants, List<FactMapper.Positions> positions);

        /**
         * The actions for the whole case, as the rules for the case as a whole give them from the case's
         * circumstances and these recommendations, one for each adult in order.
         */
        List<Action> forTheCase(List<Recommend> recommendations);

        /**
         * Whether the rules could tell this answer to a fact from "unknown"; if not, trying it changes nothing. The
         * indicator is that of the concern whose fact it is (null for a fact of anything else).
         */
        boolean worthTrying(String property, JsonNode answer, String indicator);
    }
}
