package org.teikit.convert.conventions.letters;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whom a salutation names, read from its own shape: greeting words ({@code Dear}, {@code Sehr geehrte},
 * {@code Muy}, {@code Egregi}), then forms of address ({@code Sirs}, {@code Herren}, {@code Sres.}, {@code Messieurs},
 * {@code Signori}, with their possessives and conjunctions, {@code nuestros}, {@code y}), then, perhaps, a name. A
 * salutation of greeting words and forms of address alone names nobody ({@code Dear Sirs,}, {@code Gentlemen:},
 * {@code Sehr geehrte Herren,}, {@code Muy Sres. nuestros:}); one with a word more names that word
 * ({@code Sehr geehrter Herr Wittmann,} names Herr Wittmann).
 */
final class SalutationNames {
    /** The words that greet, in the languages the salutations are read in (folded: lower case, no accents). */
    private static final Pattern GREETING = Pattern.compile("my|mine|own|o|dear|dearest|beloved|respected|honou?red|esteemed|most|very"
            + "|sehr|hoch|(?:hoch|ver)?geehrte[rsn]?|verehrte[rsn]?|liebe[rsn]?|mein[e]?|teure[rsn]?"
            + "|muy|mi|mis|querid[oa]s?|estimad[oa]s?|distinguid[oa]s?|apreciad[oa]s?|respetable[s]?"
            + "|cher|chere|chers|cheres|mon|ma|mes|tres|honore[e]?s?"
            + "|car[oaie]|carissim[oaie]|egregi[oaie]?|gentil[ei]|gentilissim[oaie]|illustr[ei]|illustrissim[oaie]|pregiatissim[oaie]|stimatissim[oaie]|mio|mia|miei|mie"
            + "|beste|waarde|lieve|geachte|zeer|hooggeachte"
            + "|meu|minha|meus|minhas|prezad[oa]s?|querid[oa]s?|exm[oa]s?|ilm[oa]s?");
    /** Forms of address that name no one: titles without a name, plural honorifics, and the words that join them. */
    private static final Pattern GENERIC = Pattern.compile("sirs?|madam|madame|mesdames|gentlemen|ladies|lords?|friends|colleagues|members|brethren|all"
            + "|herr|herrn|herren|damen|frau|frauen|kollegen|freunde"
            + "|senor|senora|senores|senoras|sres?|sras?|srs|srta|d|dna|don|dona|amigos|nuestros?|nuestras?|mios?|mias?|companeros"
            + "|monsieur|messieurs|mademoiselle|mesdemoiselles|mm|amis"
            + "|signor|signore|signora|signori|signorina|sig|sigg|sigra|nostri|nostro|amici"
            + "|heer|heren|mevrouw|dames|senhor|senhora|senhores|senhoras|srs"
            + "|and|or|y|e|et|und|oder|ed|en|ou|the|of");

    /** The words for kin and the endearments that stand for them: a salutation of these names a relation, not a person. */
    private static final Pattern KIN = Pattern.compile("father|mother|parents|papa|mamma|mama|ma|pa|dad|daddy|mum|mummy|mother-in-law|father-in-law"
            + "|brothers?|sisters?|wife|husband|sons?|daughters?|child|children|uncle|aunt|auntie|cousins?|nephew|niece"
            + "|grandfather|grandmother|grandma|grandpa|granny|friends?|love|darling|sweetheart|folks|ones?|little|old|boy|girl|lad|lass"
            + "|vater|mutter|eltern|bruder|schwester|frau|mann|sohn|tochter|pere|mere|frere|soeur|fils|fille|padre|madre|hermano|hermana|hijo|hija"
            + "|padre|madre|fratello|sorella|figlio|figlia|mamma|babbo|vader|moeder|broeder|zuster|pai|mae|irmao|irma");

    private SalutationNames() {}

    /** Whether the salutation names a person (a word more than greeting, forms of address and words for kin): {@code Dear Nell,}. */
    static boolean namesPerson(String salute) {
        for (String w : named(salute).split("[\\s\\-]+")) {          // "Father-in-law": its words one by one
            String f = fold(w);
            if (f.isEmpty() || GENERIC.matcher(f).matches() || GREETING.matcher(f).matches() || KIN.matcher(f).matches()) continue;
            if (Character.isUpperCase(w.replaceAll("^[^\\p{L}]+", "").codePointAt(0))) return true;
        }
        return false;
    }


    /** The salutation's words after its greeting words ({@code Herr Wittmann}), "" when it names nobody. */
    static String named(String salute) {
        String t = LetterParts.clean(salute).replaceAll("[,:!;—–-]+$", "").strip();
        String[] words = t.split("\\s+");
        int first = 0;
        while (first < words.length && GREETING.matcher(fold(words[first])).matches()) first++;
        List<String> rest = new ArrayList<>();
        boolean someone = false;
        for (int i = first; i < words.length; i++) {
            rest.add(words[i]);
            String w = fold(words[i]);
            if (!w.isEmpty() && !GENERIC.matcher(w).matches() && !GREETING.matcher(w).matches()) someone = true;
        }
        return someone ? String.join(" ", rest) : "";
    }

    /** Whether the salutation is greeting words and forms of address alone ({@code Dear Sirs,}, {@code Egregi Signori}). */
    static boolean namesNobody(String salute) {
        return named(salute).isEmpty();
    }

    /** The name the salutation gives after its forms of address ({@code Herr Wittmann} → {@code Wittmann}), "" when none. */
    static String surname(String salute) {
        String[] words = named(salute).split("\\s+");
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i].replaceAll("[^\\p{L}'\\-]", "");
            if (w.length() > 1 && Character.isUpperCase(w.codePointAt(0)) && !GENERIC.matcher(fold(w)).matches()) return w;
        }
        return "";
    }

    private static final Pattern ARTICLE = Pattern.compile("le|la|les|l|the|der|die|das|el|il|lo|de|del|du|des|van|von|of");

    /** A title a name follows: {@code Mr.}, {@code Herr}, {@code Señor}, {@code Dr.}, {@code Signora}. */
    private static final Pattern TITLE = Pattern.compile("mr|mrs|ms|miss|dr|prof|professor|rev|revd|herr|herrn|frau|fraulein|doktor"
            + "|senor|senora|senorita|sr|sra|srta|d|don|dona|monsieur|madame|mademoiselle|mme|mlle|signor|signora|signorina|sig|sigra"
            + "|heer|mevrouw|senhor|senhora|capt|captain|colonel|col|general|gen");

    /**
     * The surname a salutation gives after a title ({@code Sehr geehrter Herr Wittmann,} → {@code Wittmann},
     * {@code Dear Mr. Hale,} → {@code Hale}); "" when it names no one by title ({@code Dear John,}, {@code Dear Sirs,}).
     */
    static String titledSurname(String salute) {
        String named = named(salute);
        String[] words = named.split("\\s+");
        if (named.isEmpty() || !TITLE.matcher(fold(words[0])).matches()) return "";
        // a title before an article names an office, not a person: "Monsieur le Directeur", "Herr der Bürgermeister"
        if (words.length > 1 && ARTICLE.matcher(fold(words[1])).matches()) return "";
        return surname(salute);
    }

    /** Whether a word is a title a name follows ({@code Mrs.}, {@code Herr}, {@code Signora}). */
    static boolean isTitle(String word) {
        return TITLE.matcher(fold(word)).matches();
    }

    private static String fold(String word) {
        return Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\p{L}]", "");
    }
}
