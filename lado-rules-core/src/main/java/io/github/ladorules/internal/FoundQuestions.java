package io.github.ladorules.internal;

import io.github.ladorules.Question;
import java.util.List;
import java.util.Map;

/**
 * What the search for unknown facts found, by adult ref: the questions whose answer could change the adult's result,
 * and the fields whose answer could make an adult meet the threshold while the known facts do not reach "may meet".
 */
record FoundQuestions(Map<String, List<Question>> questions, Map<String, List<String>> couldMeet) {
}
