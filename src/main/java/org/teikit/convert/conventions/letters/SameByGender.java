package org.teikit.convert.conventions.letters;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The grammatical gender of a Romance heading's "the same" ({@code AU MÊME}, {@code À LA MÊME}, {@code Al medesimo},
 * {@code Alla medesima}, {@code Al mismo}, {@code A la misma}, {@code Ao mesmo}, {@code À mesma}) and of an addressee's
 * title ({@code Madame}, {@code Monsieur l'abbé}, {@code Signora}, {@code Don}): an edition prints "the same" for the
 * last correspondent of that gender, who need not be the letter just before's ({@code AU MÊME} after a letter to
 * {@code MADAME X} is to the man addressed before her). English, German and Dutch forms tell no gender and are left alone.
 */
final class SameByGender {
    enum Gender { MALE, FEMALE, UNKNOWN }

    private static final Pattern MASCULINE_SAME = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:au\\s+m[êe]me|al\\s+(?:medesimo|mismo|stesso)|ao\\s+mesmo)(?![\\p{L}])");
    private static final Pattern FEMININE_SAME = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:[àa]\\s+la\\s+(?:m[êe]me|misma)|alla\\s+(?:medesima|stessa)|[àa]\\s+mesma)(?![\\p{L}])");
    /** Titles of address that tell a woman: the addressee's first word (after a preposition the heading may keep). */
    private static final Pattern FEMALE_TITLE = Pattern.compile(
            "(?iu)^(?:madame|mme\\.?|mademoiselle|mlle\\.?|la\\s+(?:marquise|comtesse|duchesse|princesse)|marquise|comtesse|duchesse|princesse"
                    + "|signora|sig\\.ra|contessa|marchesa|duchessa|principessa|donna|doña|señora|sra\\.?|senhora|mrs\\.?|miss|lady|frau|fräulein)\\b.*");
    private static final Pattern MALE_TITLE = Pattern.compile(
            "(?iu)^(?:monsieur|m\\.|monseigneur|mgr\\.?|signor|signore|sig\\.|conte|marchese|duca|principe|don|señor|sr\\.|senhor"
                    + "|mr\\.?|sir|lord|herr|le\\s+(?:comte|marquis|duc|prince|cardinal)|comte|marquis|duc)(?![\\p{L}]).*");
    private static final Pattern LEADING_PREPOSITION = Pattern.compile("(?iu)^(?:[àa]|au|al|alla|ao|aan|an|to)\\s+");

    private SameByGender() {}

    /** The gender a heading's "the same" is printed in ({@code 414. — AU MÊME.}), UNKNOWN for a form that tells none. */
    static Gender ofSame(String heading) {
        if (MASCULINE_SAME.matcher(heading).find()) return Gender.MALE;
        if (FEMININE_SAME.matcher(heading).find()) return Gender.FEMALE;
        return Gender.UNKNOWN;
    }

    /** The gender the addressee's title tells, UNKNOWN without one. */
    static Gender ofAddressee(String addressee) {
        String t = LEADING_PREPOSITION.matcher(addressee.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
        if (FEMALE_TITLE.matcher(t).matches()) return Gender.FEMALE;
        if (MALE_TITLE.matcher(t).matches()) return Gender.MALE;
        return Gender.UNKNOWN;
    }

    /** Whether a known gender of "the same" and of the addressee disagree. */
    static boolean disagree(Gender same, Gender addressee) {
        return same != Gender.UNKNOWN && addressee != Gender.UNKNOWN && same != addressee;
    }
}
