package io.github.ladorules.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A batch line that has no decision: its line number (from 1) and the problem, as in a single request's 4xx/5xx. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"line", "status", "title", "detail", "errors", "incident"})
record BatchError(int line, int status, String title, String detail, List<FieldError> errors, String incident) {
    static BatchError of(int line, Problem problem) {
        return new BatchError(line, problem.status(), problem.title(), problem.detail(), problem.errors(),
                problem.incident());
    }
}
