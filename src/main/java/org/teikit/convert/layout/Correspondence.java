package org.teikit.convert.layout;

import nu.xom.Element;
import org.teikit.convert.speech.People;
import org.teikit.convert.speech.PersonRegistry;
import org.teikit.tei.Tei;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The correspondence metadata of one letter or telegram, built up while the family reads it, then
 * written as a CMIF-style {@code correspDesc}: {@code correspAction type="sent"} (who, where, when)
 * and {@code type="received"} (who, and when if the source says). Parties that name a person get a
 * {@code persName ref}; parties named only by office ({@code the President}) keep the wording without
 * a reference rather than a guessed person.
 */
public final class Correspondence {
    private static final Pattern SPLIT_PARTIES = Pattern.compile("\\s+(?:and|AND|&)\\s+|,\\s+(?=\\p{Lu})");

    private static final Pattern PARENTHESISED = Pattern.compile("\\(([^()]+)\\)");
    private static final Pattern BRACKETED = Pattern.compile("\\s*\\[([^\\]]+)\\]");
    /** One sender or addressee: the name to print and the person id, if the party is a person. */
    public record Party(String name, Optional<String> id) {}

    private final String letterId;
    private final List<Party> senders = new ArrayList<>();
    private final List<Party> addressees = new ArrayList<>();
    private String signedFor = "";
    private String place = "";
    private String sentWhen = "";
    private String receivedWhen = "";
    private boolean sentInferred;

    public Correspondence(String letterId) {
        this.letterId = letterId;
    }

    public String letterId() { return letterId; }

    public Correspondence sender(Party p) { senders.add(p); return this; }
    /** The firm or office the sender signs for ({@code ppa.}, {@code i. A.}, {@code By}): an {@code orgName} beside him. */
    public Correspondence signedFor(String org) { signedFor = org == null ? "" : org.strip(); return this; }
    public Correspondence addressee(Party p) { addressees.add(p); return this; }
    public Correspondence place(String p) { if (p != null && !p.isBlank()) place = p.strip(); return this; }
    /** The date of writing or despatch; the first one given wins (a signed date is set before a despatch date). */
    public Correspondence sent(String when) { if (sentWhen.isEmpty() && when != null) sentWhen = when; return this; }
    /** Gives a sent date without a year ({@code --12-31}, from {@code 31/XII}) the year of a full date. */
    public Correspondence completeYear(String fullDate) {
        if (sentWhen.startsWith("--") && fullDate != null && fullDate.matches("^\\d{4}.*")) {
            sentWhen = fullDate.substring(0, 4) + sentWhen.substring(1);
            sentInferred = true;
        }
        return this;
    }

    /**
     * A sent date the converter infers rather than reads in the letter (e.g. the archive page's date of a
     * telegram that prints none); recorded with {@code cert="medium" resp="#teikit"}.
     */
    public Correspondence sentInferred(String when) {
        if (sentWhen.isEmpty() && when != null) {
            sentWhen = when;
            sentInferred = true;
        }
        return this;
    }

    public Correspondence received(String when) { if (when != null) receivedWhen = when; return this; }

    public List<Party> senders() { return List.copyOf(senders); }
    public List<Party> addressees() { return List.copyOf(addressees); }
    public String sentWhen() { return sentWhen; }
    public String placeName() { return place; }

    /**
     * Parties named in a heading side such as {@code F. ROOSEVELT AND W. CHURCHILL} or
     * {@code The Ambassador in the Soviet Union (Harriman)}: people are declared in {@code people} with
     * the given role; offices stay unreferenced.
     */
    public static List<Party> parties(String side, People people, String role) {
        List<Party> out = new ArrayList<>();
        String s = side.strip().replaceAll("[.,:;*]+$", "").strip();
        var paren = PARENTHESISED.matcher(s);
        if (paren.find() && PersonRegistry.standard().find(paren.group(1)).isPresent()) s = paren.group(1);
        for (String part : SPLIT_PARTIES.split(s)) {
            String p = part.strip();
            Matcher bracket = BRACKETED.matcher(p);
            if (bracket.find()) {              // "Filippov [Stalin]": the form printed, or the editors' identification
                String printed = (p.substring(0, bracket.start()) + p.substring(bracket.end())).strip();
                p = people.known(printed).isPresent() || people.known(bracket.group(1)).isEmpty() ? printed : bracket.group(1);
            }
            if (p.isEmpty()) continue;
            Optional<String> known = people.known(p);
            if (known.isPresent() || looksLikePersonalName(p)) {
                String id = people.use(p);
                people.role(id, role);
                String name = PersonRegistry.standard().byId(id).map(x -> x.name()).orElse(p);
                out.add(new Party(name, Optional.of(id)));
            } else {
                out.add(new Party(p, Optional.empty()));
            }
        }
        return out;
    }

    /** Capitalised words with at least one that is not an office or article ({@code Averell Harriman}, not {@code the President}). */
    public static boolean looksLikePersonalName(String s) {
        if (s.matches("(?i)^(the|a|an|our|your|his|her)\\b.*")) return false;
        String[] words = s.split("\\s+");
        if (words.length > 5) return false;
        for (String w : words) if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0))) return false;
        return !s.matches("(?i).*\\b(president|secretary|ambassador|minister|government|department|state|embassy|committee|council)\\b.*");
    }

    public boolean isEmpty() {
        return senders.isEmpty() && addressees.isEmpty() && sentWhen.isEmpty() && receivedWhen.isEmpty() && signedFor.isEmpty();
    }

    public Element toTei() {
        Element desc = Tei.el("correspDesc", Tei.at("corresp", "#" + letterId));
        Element sent = Tei.el("correspAction", Tei.at("type", "sent"));
        for (Party p : senders) sent.appendChild(persName(p));
        if (!signedFor.isEmpty()) sent.appendChild(Tei.text("orgName", signedFor));
        if (!place.isEmpty()) sent.appendChild(Tei.text("placeName", place));
        if (!sentWhen.isEmpty()) {
            sent.appendChild(sentInferred ? Tei.el("date", Tei.at("when", sentWhen), Tei.at("cert", "medium"), Tei.at("resp", "#teikit"))
                    : Tei.el("date", Tei.at("when", sentWhen)));
        }
        if (sent.getChildCount() > 0) desc.appendChild(sent);
        Element received = Tei.el("correspAction", Tei.at("type", "received"));
        for (Party p : addressees) received.appendChild(persName(p));
        if (!receivedWhen.isEmpty()) received.appendChild(Tei.el("date", Tei.at("when", receivedWhen)));
        if (received.getChildCount() > 0) desc.appendChild(received);
        return desc;
    }

    private static Element persName(Party p) {
        return Tei.text("persName", p.name(), Tei.at("ref", p.id().map(id -> "#" + id).orElse(null)));
    }
}
