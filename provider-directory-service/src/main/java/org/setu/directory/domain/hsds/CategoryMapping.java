package org.setu.directory.domain.hsds;

import org.setu.events.text.Reason;
import org.setu.events.vocabulary.ServiceCategory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which of Setu's 13 service categories another publisher's service belongs to, read from its taxonomy terms
 * through a mapping that is data (the directory's {@code hsds/taxonomy-mapping.json}, or the file an operator
 * configures), not code: terms of known vocabularies by code or name, then plain words in the terms, then plain
 * words in the service's name.
 */
public final class CategoryMapping {

    /** A taxonomy term as the publisher wrote it; any part may be null. */
    public record Term(String taxonomy, String code, String name) {
        @Override
        public String toString() {
            String label = name != null ? name : code;
            return taxonomy == null ? "'" + label + "'" : "'" + label + "' (" + taxonomy + ")";
        }
    }

    /**
     * One publisher vocabulary: the names a document may give it ({@code taxonomy} or {@code taxonomy_detail.name}),
     * its codes (a code also covers the codes below it: {@code BH-1800} covers {@code BH-1800.8500}; {@code L*} covers every code that begins with L) and its term names.
     */
    public record Vocabulary(String id, List<String> names, Map<String, ServiceCategory> codes, Map<String, ServiceCategory> termNames) {
        public Vocabulary {
            names = List.copyOf(names);
            codes = Map.copyOf(codes);
            termNames = Map.copyOf(termNames);
        }
    }

    private record Hit(ServiceCategory category, String how) {
    }

    private final List<Vocabulary> vocabularies;
    private final Map<String, ServiceCategory> words;

    /** @param words plain words and phrases (English or Bangla) and the category each names */
    public CategoryMapping(List<Vocabulary> vocabularies, Map<String, ServiceCategory> words) {
        this.vocabularies = List.copyOf(vocabularies);
        Map<String, ServiceCategory> folded = new LinkedHashMap<>();
        words.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, ServiceCategory> e) -> Words.of(e.getKey()).size()).reversed())
                .forEach(e -> folded.put(Words.folded(e.getKey()), e.getValue()));
        this.words = folded;
    }

    public List<Vocabulary> vocabularies() {
        return vocabularies;
    }

    public Map<String, ServiceCategory> words() {
        return words;
    }

    /**
     * The service's category. A term of a known vocabulary is the publisher's own classification, so it is taken as
     * it is; a plain word in a term or in the name is a guess, and the report says so. Setu keeps one category per
     * service: when the terms name several, the first wins and the others are listed.
     */
    public MappingDecision<ServiceCategory> categoryOf(List<Term> terms, String serviceName) {
        List<ServiceCategory> byVocabulary = new ArrayList<>();
        for (Term t : terms) byVocabulary(t).ifPresent(h -> byVocabulary.add(h.category()));
        if (!byVocabulary.isEmpty()) return first(byVocabulary, null);
        List<ServiceCategory> byWords = new ArrayList<>();
        Reason firstGuess = null;
        for (Term t : terms) {
            Optional<Hit> w = inWords(t.name()).or(() -> inWords(t.code()));
            if (w.isEmpty()) continue;
            byWords.add(w.get().category());
            if (firstGuess == null) {
                firstGuess = Reason.of("category.fromTerm", MappingDecision.asWritten(t), category(w.get().category()),
                        MappingDecision.asWritten(w.get().how()));
            }
        }
        if (!byWords.isEmpty()) return first(byWords, firstGuess);
        Optional<Hit> inName = inWords(serviceName);
        if (inName.isPresent()) {
            ServiceCategory c = inName.get().category();
            return MappingDecision.assumed(c, terms.isEmpty()
                    ? Reason.of("category.fromNameWithoutTerms", category(c), MappingDecision.asWritten(inName.get().how()))
                    : Reason.of("category.fromNameWithUnmappedTerms", category(c), MappingDecision.asWritten(inName.get().how()), MappingDecision.asWritten(terms)));
        }
        return MappingDecision.refused(terms.isEmpty()
                ? Reason.of("category.noneWithoutTerms")
                : Reason.of("category.noneWithUnmappedTerms", MappingDecision.asWritten(terms)));
    }

    /** The first category named wins; {@code guess} says how it was read when it is a guess from plain words. */
    private static MappingDecision<ServiceCategory> first(List<ServiceCategory> named, Reason guess) {
        ServiceCategory chosen = named.get(0);
        List<Reason> notes = new ArrayList<>();
        if (guess != null) notes.add(guess);
        List<ServiceCategory> others = named.stream().filter(c -> c != chosen).distinct().toList();
        if (!others.isEmpty()) {
            notes.add(Reason.of("category.kept", category(chosen), Reason.joined("join.comma", others.stream().map(CategoryMapping::category).toList())));
        }
        return notes.isEmpty() ? MappingDecision.exact(chosen) : MappingDecision.assumed(chosen, notes);
    }

    /** A category as the import report names it: its code, with its Bangla name for a Bangla reader. */
    private static Reason.Term category(ServiceCategory c) {
        return Reason.term("category", c);
    }

    /** A term of a vocabulary the mapping knows, by code (or a broader code above it), else by name. */
    Optional<Hit> byVocabulary(Term t) {
        if (t.taxonomy() == null) return Optional.empty();
        String taxonomy = Words.compact(t.taxonomy());
        for (Vocabulary v : vocabularies) {
            if (v.names().stream().noneMatch(n -> Words.compact(n).equals(taxonomy))) continue;
            if (t.code() != null) {
                Optional<ServiceCategory> byCode = byCode(v, t.code().strip().toUpperCase(Locale.ROOT));
                if (byCode.isPresent()) return Optional.of(new Hit(byCode.get(), "code"));
            }
            if (t.name() != null) {
                String name = Words.folded(t.name());
                for (Map.Entry<String, ServiceCategory> e : v.termNames().entrySet()) {
                    if (Words.folded(e.getKey()).equals(name)) return Optional.of(new Hit(e.getValue(), "name"));
                }
            }
        }
        return Optional.empty();
    }

    /** The longest code of the vocabulary that is the term's code or lies above it in the hierarchy. */
    private static Optional<ServiceCategory> byCode(Vocabulary v, String code) {
        String best = null;
        for (String key : v.codes().keySet()) {
            String k = key.toUpperCase(Locale.ROOT);
            boolean above = k.endsWith("*") ? code.startsWith(k.substring(0, k.length() - 1))
                    : code.equals(k) || (code.startsWith(k) && ".-:/ ".indexOf(code.charAt(k.length())) >= 0);
            if (above && (best == null || k.length() > best.length())) best = key;
        }
        return best == null ? Optional.empty() : Optional.of(v.codes().get(best));
    }

    /** The longest plain word or phrase of the mapping found in the text, as whole words. */
    Optional<Hit> inWords(String text) {
        if (text == null) return Optional.empty();
        String padded = " " + Words.folded(text) + " ";
        for (Map.Entry<String, ServiceCategory> e : words.entrySet()) {
            if (!e.getKey().isEmpty() && padded.contains(" " + e.getKey() + " ")) return Optional.of(new Hit(e.getValue(), e.getKey()));
        }
        return Optional.empty();
    }
}
