package io.github.ladorules;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** Something that should happen next; {@code due} is set where the guidance or a local parameter gives a timescale. */
@JsonPropertyOrder({"code", "due", "reason", "rule"})
public record Action(
        ActionCode code,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate due,
        String reason,
        String rule) {
}
