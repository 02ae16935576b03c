package io.github.ladorules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ladorules.LadoCase;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A case with one unknown fact answered, built by replacing one record in place rather than by copying the case
 * through JSON: the search tries many answers, and a JSON round trip per trial cost more than the trial's rules.
 * It works on the record components by name, so a field added to the schema and the records needs no change here.
 */
final class AnsweredCase {
    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private AnsweredCase() {
    }

    /**
     * The case with {@code property} of the object at {@code path} ({@code subjects[0]}, {@code children[2]},
     * {@code concerns[1]} or {@code circumstances}) set to {@code value}, read as the record component's type.
     */
    static LadoCase answer(LadoCase lado, String path, String property, JsonNode value) {
        ObjectPath at = ObjectPath.of(path);
        switch (at.name()) {
            case "subjects" -> {
                return new LadoCase(lado.schema(), lado.caseRef(), lado.referralDate(),
                        replaced(lado.subjects(), at.index(), property, value), lado.children(),
                        lado.concerns(), lado.circumstances());
            }
            case "children" -> {
                return new LadoCase(lado.schema(), lado.caseRef(), lado.referralDate(), lado.subjects(),
                        replaced(lado.children(), at.index(), property, value), lado.concerns(),
                        lado.circumstances());
            }
            case "concerns" -> {
                return new LadoCase(lado.schema(), lado.caseRef(), lado.referralDate(), lado.subjects(),
                        lado.children(), replaced(lado.concerns(), at.index(), property, value),
                        lado.circumstances());
            }
            case "circumstances" -> {
                return new LadoCase(lado.schema(), lado.caseRef(), lado.referralDate(), lado.subjects(),
                        lado.children(), lado.concerns(), with(lado.circumstances(), property, value));
            }
            default -> throw new IllegalArgumentException("no object at " + path + " holds unknown facts");
        }
    }

    private static <T extends Record> List<T> replaced(List<T> items, int index, String property, JsonNode value) {
        List<T> copy = new ArrayList<>(items);
        copy.set(index, with(items.get(index), property, value));
        return copy;
    }

    /** A copy of a record with one component replaced. */
    @SuppressWarnings("unchecked")
    static <T extends Record> T with(T record, String property, JsonNode value) {
        Shape shape = SHAPES.computeIfAbsent(record.getClass(), Shape::new);
        Object[] args = new Object[shape.names.length];
        boolean found = false;
        try {
            for (int i = 0; i < args.length; i++) {
                if (shape.names[i].equals(property)) {
                    args[i] = Json.JSON.treeToValue(value, shape.types[i]);
                    found = true;
                } else {
                    args[i] = shape.accessors[i].invoke(record);
                }
            }
            if (!found) {
                throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + property);
            }
            return (T) shape.constructor.newInstance(args);
        } catch (IllegalAccessException | InstantiationException | InvocationTargetException
                 | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("could not answer " + property + " in a copy of a valid case", e);
        }
    }

    /**
     * A record class's components and canonical constructor, looked up once per class: asking a class for its record
     * components costs about ten microseconds each time, more than the rest of an answer.
     */
    private static final class Shape {
        private final String[] names;
        private final Class<?>[] types;
        private final Method[] accessors;
        private final Constructor<?> constructor;

        private Shape(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            names = new String[components.length];
            types = new Class<?>[components.length];
            accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName();
                types[i] = components[i].getType();
                accessors[i] = components[i].getAccessor();
            }
            try {
                constructor = type.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }
    }
}
