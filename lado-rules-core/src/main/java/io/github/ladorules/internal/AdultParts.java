package io.github.ladorules.internal;

import io.github.ladorules.LadoCase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A case cut into one part per adult: the adult, their concerns, the children those concerns name, and the case's
 * circumstances. The search for questions tries an adult's unknown facts on that adult's part alone, so a trial costs
 * the same however many other adults the case has. Where a fact belongs to no single adult (the circumstances, a
 * child named for several adults or for none) its owner is the whole case.
 */
final class AdultParts {
    private final LadoCase lado;
    private final Map<String, Integer> adultOfRef = new HashMap<>();
    private final List<Integer> adultOfConcern = new ArrayList<>();
    private final List<Integer> adultOfChild = new ArrayList<>();
    private final Part[] parts;

    /** One adult's part, and where each of its objects sat in the whole case. */
    record Part(int adult, LadoCase lado, Map<String, String> pathInPart) {
    }

    AdultParts(LadoCase lado) {
        this.lado = lado;
        this.parts = new Part[lado.subjects().size()];
        for (int i = 0; i < lado.subjects().size(); i++) {
            adultOfRef.put(lado.subjects().get(i).ref(), i);
        }
        Map<String, Set<Integer>> adultsOfChildRef = new HashMap<>();
        for (LadoCase.Concern concern : lado.concerns()) {
            int adult = adultOfRef.get(concern.subject());
            adultOfConcern.add(adult);
            concern.children().forEach(ref -> adultsOfChildRef.computeIfAbsent(ref, k -> new HashSet<>()).add(adult));
        }
        for (LadoCase.Child child : lado.children()) {
            Set<Integer> adults = adultsOfChildRef.getOrDefault(child.ref(), Set.of());
            adultOfChild.add(adults.size() == 1 ? adults.iterator().next() : null);
        }
    }

    /** The adult whose part holds every use of the object at a path, or null when only the whole case does. */
    Integer ownerOf(String path) {
        int bracket = path.indexOf('[');
        if (bracket < 0) {
            return null;
        }
        int index = Integer.parseInt(path.substring(bracket + 1, path.length() - 1));
        return switch (path.substring(0, bracket)) {
            case "subjects" -> index;
            case "concerns" -> adultOfConcern.get(index);
            case "children" -> adultOfChild.get(index);
            default -> null;
        };
    }

    /** An adult's part, cut once and kept. */
    Part part(int adult) {
        if (parts[adult] == null) {
            parts[adult] = cut(adult);
        }
        return parts[adult];
    }

    private Part cut(int adult) {
        Map<String, String> paths = new HashMap<>();
        paths.put("subjects[" + adult + "]", "subjects[0]");
        List<LadoCase.Concern> concerns = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (int i = 0; i < lado.concerns().size(); i++) {
            if (adultOfConcern.get(i) == adult) {
                paths.put("concerns[" + i + "]", "concerns[" + concerns.size() + "]");
                concerns.add(lado.concerns().get(i));
                named.addAll(lado.concerns().get(i).children());
            }
        }
        List<LadoCase.Child> children = new ArrayList<>();
        for (int i = 0; i < lado.children().size(); i++) {
            if (named.contains(lado.children().get(i).ref())) {
                paths.put("children[" + i + "]", "children[" + children.size() + "]");
                children.add(lado.children().get(i));
            }
        }
        boolean whole = lado.subjects().size() == 1 && children.size() == lado.children().size();
        LadoCase part = whole ? lado : new LadoCase(lado.schema(), lado.caseRef(), lado.referralDate(),
                List.of(lado.subjects().get(adult)), children, concerns, lado.circumstances());
        return new Part(adult, part, paths);
    }
}
