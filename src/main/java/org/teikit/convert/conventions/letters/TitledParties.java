package org.teikit.convert.conventions.letters;

import org.teikit.convert.conventions.Explanation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The two parties of a correspondence whose title names both ({@code Letters of X to Y}, {@code Lettere di X ad Y},
 * {@code Briefe von X an Y}): letters that print no heading sign and salute by first names or endearments, and the
 * title says who the two are. A letter signed by a name of the recipient's ({@code Anna}) is the recipient's, to
 * the author; any other is the author's, to the recipient, unless its salutation names someone the title does not.
 */
final class TitledParties {
    private TitledParties() {}

    /** A familiar signature: one word, a first or pet name ({@code Ned.}). */
    private static final java.util.regex.Pattern FAMILIAR = java.util.regex.Pattern.compile("^\\p{Lu}\\p{Ll}{1,12}\\.?$");

    static Letters.Letter complete(Letters.Letter l, String author, String recipient, String closing, int line, Explanation explain) {
        return complete(l, author, recipient, closing, line, explain, 0);
    }

    /**
     * {@code signedTimes}: how many of the collection's letters carry this letter's signature. Where the title names the
     * recipient by kinship alone ({@code to his wife}), a familiar signature signing two letters or more is the
     * collection's writer's pet name ({@code Ned} in the letters of Edward X): a one-way collection's own letters.
     */
    static Letters.Letter complete(Letters.Letter l, String author, String recipient, String closing, int line, Explanation explain,
                                   int signedTimes) {
        if (author.isEmpty() || recipient.isEmpty()) return l;
        Set<String> a = words(author), r = words(recipient);
        Set<String> signed = words(l.sender());
        String sender, addressee;
        // "Your loving Mother" in letters to "her mother": the closing calls its writer by the recipient's kinship
        String kin = LetterHeading.kinOnly(recipient);
        boolean kinCloses = !kin.isEmpty() && java.util.regex.Pattern.compile("(?iu)\\b(?:your|yr|thy|ton|ta|votre|dein|deine|tuo|tua)\\s+(?:\\p{L}+\\s+){0,3}"
                + java.util.regex.Pattern.quote(kin) + "\\b").matcher(closing.replaceAll("\\s+", " ")).find();
        // only where the signature would make it the author's (unsigned, or the family's name: "M. Fanshawe"); one
        // signed with a name of neither party's ("Ada") is read from its salutation and signature as it stands
        if (kinCloses && (signed.isEmpty() || shares(signed, a) && !shares(signed, r))) {
            sender = recipient;
            addressee = author;
            explain.decided(line, "letters", "the closing '" + closing.strip().replaceAll("\\s+", " ") + "' names its writer '" + kin
                    + "', as the title names the recipient: from '" + recipient + "' to '" + author + "'");
            return l.withParties(sender, addressee);
        }
        // signed with a name of one party's and none of the other's ("Louise", "Ton Paul"); unsigned or initialled, the author's
        boolean petName = signedTimes >= 2 && !kin.isEmpty() && FAMILIAR.matcher(l.sender().strip()).matches() && !shares(signed, r);
        if (shares(signed, r) && !shares(signed, a)) {
            sender = recipient;
            addressee = author;
        } else if (signed.isEmpty() || shares(signed, a) && !shares(signed, r) || petName) {
            sender = author;
            addressee = recipient;
        } else return l;
        // a salutation that names someone neither party's name holds ("Dear Tom") is to that someone
        Set<String> other = named(l.addressee());
        other.removeAll(a);
        other.removeAll(r);
        if (!other.isEmpty() && isSalutation(l.addressee())) return l;
        // a title that names the recipient by kin alone ("to his wife") gives way to the name the salutation gives ("Dear Ada")
        if (addressee.equals(recipient) && recipient.matches("(?i)(?:his|her|their)\\s.*") && !l.addressee().isBlank()
                && !l.addressee().equalsIgnoreCase(recipient)) addressee = l.addressee();
        if (sender.equals(l.sender()) && addressee.equals(l.addressee())) return l;
        explain.decided(line, "letters", "the title names the correspondence of '" + author + "' and '" + recipient + "'; signed '"
                + l.sender() + "'" + (petName ? " (a familiar name signing " + signedTimes + " of its letters, to one named by kinship)" : "")
                + ", saluting '" + l.addressee() + "': from '" + sender + "' to '" + addressee + "'");
        return l.withParties(sender, addressee);
    }

    /** Whether the addressee was read from a salutation (not from an address line such as {@code Via Po 14}). */
    private static boolean isSalutation(String addressee) {
        return !addressee.matches(".*\\d.*") && LetterParts.isSalute(addressee + ",");
    }

    private static boolean shares(Set<String> x, Set<String> y) {
        return x.stream().anyMatch(y::contains);
    }

    private static Set<String> words(String s) {
        return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).filter(w -> w.length() > 1).collect(Collectors.toSet());
    }

    /** The capitalised words after a salutation's first ({@code Dear}, {@code Cara}): the names it gives. */
    private static Set<String> named(String s) {
        return Arrays.stream(s.split("[^\\p{L}]+")).filter(w -> w.length() > 1 && Character.isUpperCase(w.codePointAt(0)))
                .skip(1).map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
