package io.github.ladorules.internal;

/**
 * Where an object that holds unknown facts sits in a case, as a question names it: {@code concerns[1]} is the second
 * item of the list {@code concerns}; {@code circumstances}, an object of its own, has no index (-1).
 */
record ObjectPath(String name, int index) {
    static ObjectPath of(String path) {
        int bracket = path.indexOf('[');
        return bracket < 0 ? new ObjectPath(path, -1)
                : new ObjectPath(path.substring(0, bracket),
                        Integer.parseInt(path.substring(bracket + 1, path.length() - 1)));
    }

    boolean inList() {
        return index >= 0;
    }
}
