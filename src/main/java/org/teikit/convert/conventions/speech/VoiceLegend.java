package org.teikit.convert.conventions.speech;

import org.teikit.source.Block;
import org.teikit.source.Inline;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recorder transcript's legend of voice numbers: labels join a source and a voice ({@code CAM-1}, {@code RDO-1}:
 * the cockpit microphone and the radio, both the first voice), and the legend says whom each number identifies
 * ({@code -1   Voice identified as the Captain}). Labels with one number are one person, named as the legend names
 * them; a voice the legend leaves unidentified ({@code -?}) and a number it does not print join nobody.
 */
final class VoiceLegend {
    /** "-1      Voice identified as the Captain", "-2 = First Officer": a suffix alone at a line's start, then its meaning. */
    private static final Pattern ENTRY = Pattern.compile("^\\s*-(\\d{1,2})\\s*(?:[=:—–]\\s*|\\s{2,}|\\t)(\\S.*)$");
    private static final Pattern IDENTIFIED_AS = Pattern.compile("(?i)^.*?\\bidentified\\s+as\\s+(?:(?:the|a|an)\\s+)?");
    /** A label made of a source code and a voice number. */
    private static final Pattern LABEL = Pattern.compile("^\\p{Lu}{2,5}-(\\d{1,2})$");

    private final Map<String, String> voices;

    private VoiceLegend(Map<String, String> voices) {
        this.voices = voices;
    }

    static VoiceLegend read(java.util.List<Block> blocks) {
        Map<String, String> voices = new LinkedHashMap<>();
        for (Block b : blocks) {
            for (var line : b.lines()) {
                Matcher m = ENTRY.matcher(Inline.plain(line));
                if (!m.matches()) continue;
                String who = IDENTIFIED_AS.matcher(m.group(2).strip()).replaceFirst("").replaceAll("[.;,]+$", "").strip();
                if (who.isEmpty() || who.toLowerCase(Locale.ROOT).matches(".*\\b(?:unidentified|unknown|not identified)\\b.*")) continue;
                voices.putIfAbsent(m.group(1), Character.toUpperCase(who.charAt(0)) + who.substring(1));
            }
        }
        return new VoiceLegend(voices);
    }

    /** The person the legend names for the label's voice number, if the label carries one the legend identifies. */
    Optional<String> nameFor(String label) {
        Matcher m = LABEL.matcher(label.strip());
        return m.matches() ? Optional.ofNullable(voices.get(m.group(1))) : Optional.empty();
    }

    boolean isEmpty() {
        return voices.isEmpty();
    }

    String describe() {
        return String.join("; ", voices.entrySet().stream().map(e -> "voice -" + e.getKey() + " is " + e.getValue()).toList());
    }
}
