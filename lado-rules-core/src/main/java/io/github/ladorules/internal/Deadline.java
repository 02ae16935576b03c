package io.github.ladorules.internal;

import io.github.ladorules.DeadlineExceededException;
import java.time.Duration;

/**
 * The moment one evaluation must be finished by. It is checked between the trials of the unknown-fact search and
 * before each rule firing, so a long evaluation stops within one firing of its deadline, on the caller's thread.
 */
public record Deadline(Duration limit, long endNanos) {
    /** No deadline, for work whose size is fixed (an outcome has one adult and one allegation). */
    public static final Deadline NONE = new Deadline(null, 0);

    /** A deadline {@code limit} from now. */
    public static Deadline after(Duration limit) {
        return new Deadline(limit, System.nanoTime() + limit.toNanos());
    }

    public boolean passed() {
        return limit != null && System.nanoTime() - endNanos > 0;
    }

    /** @throws DeadlineExceededException if the deadline has passed */
    public void check() {
        if (passed()) {
            throw new DeadlineExceededException(limit);
        }
    }
}
