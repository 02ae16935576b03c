package io.github.ladorules.internal;

import io.github.ladorules.LadoCase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A case cut into parts by adult: an adult's part is the adult, their concerns, the children those concerns name, and
 * the case's circumstances. The search for questions tries an adult's unknown facts on that adult's part, so a trial
 * costs the same however many other adults the case has; answers for different adults can share one run on the
 * parts of those adults together. Where a fact belongs to no single adult (the circumstances, a child named for
 * several adults or for none) its owner is the whole case.
 */
final class AdultParts {
    private final LadoCase lado;
    private final Map<String, Integer> adultOfRef = new HashMap<>();
    private final List<Integer> adultOfConcern = new ArrayList<>();
    private final List<Integer> adultOfChild = new ArrayList<>();
    private final Map<Integer, Part> ofAdult = new HashMap<>();

    /**
     * The parts of some adults, in the case's order, and where each of their objects sat in the whole case: as a path
     * in the part for each path in the whole case, and as the places of the part's adults and concerns.
     */
    record Part(List<Integer> adults, LadoCase lado, Map<String, String> pathInPart, List<Integer> concerns) {
        FactMapper.Positions positions() {
            return new FactMapper.Positions(adults, concerns);
        }

        /** How many adults, concerns and children the part holds. */
        int records() {
            return lado.subjects().size() + lado.concerns().size() + lado.children().size();
        }
    }

    AdultParts(LadoCase lado) {
        this.lado = lado;
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
        ObjectPath at = ObjectPath.of(path);
        if (!at.inList()) {
            return null;
        }
        return switch (at.name()) {
            case "subjects" -> at.index();
            case "concerns" -> adultOfConcern.get(at.index());
            case "children" -> adultOfChild.get(at.index());
            default -> null;
        };
    }

    /** One adult's part, made once however many answers are tried on it. */
    Part ofAdult(int adult) {
        return ofAdult.computeIfAbsent(adult, a -> part(List.of(a)));
    }

    /** The parts of these adults (in the case's order) as one case. */
    Part part(List<Integer> adults) {
        Map<String, String> paths = new HashMap<>();
        List<LadoCase.Subject> subjects = new ArrayList<>();
        for (int adult : adults) {
            paths.put("subjects[" + adult + "]", "subjects[" + subjects.size() + "]");
            subjects.add(lado.subjects().get(adult));
        }
        List<LadoCase.Concern> concerns = new ArrayList<>();
        List<Integer> concernPlaces = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (int i = 0; i < lado.concerns().size(); i++) {
            if (adults.contains(adultOfConcern.get(i))) {
                paths.put("concerns[" + i + "]", "concerns[" + concerns.size() + "]");
                concerns.add(lado.concerns().get(i));
                concernPlaces.add(i);
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
        boolean whole = subjects.size() == lado.subjects().size() && children.size() == lado.children().size();
        LadoCase part = whole ? lado : new LadoCase(lado.schema(), lado.caseRef(), lado.referralDate(), subjects,
                children, concerns, lado.circumstances());
        return new Part(List.copyOf(adults), part, paths, List.copyOf(concernPlaces));
    }
}
