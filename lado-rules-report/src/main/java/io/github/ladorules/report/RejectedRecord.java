package io.github.ladorules.report;

import io.github.ladorules.InvalidInputException.Problem;
import java.util.List;

/**
 * A record that was skipped: the file, the line it starts on, and each problem by field. The problems say what was
 * expected and never repeat what the record holds, so they can be printed and logged.
 */
public record RejectedRecord(String file, int line, List<Problem> problems) {
    public RejectedRecord {
        problems = List.copyOf(problems);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file).append(", line ").append(line).append(": ");
        for (int i = 0; i < problems.size(); i++) {
            s.append(i == 0 ? "" : "; ").append(problems.get(i));
        }
        return s.toString();
    }
}
