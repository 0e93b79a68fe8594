package org.teikit.lsp;

/** XML's predefined entities and character references, decoded in text and attribute values read leniently. */
final class Entities {
    private Entities() {}

    static String decode(String s) {
        if (s.indexOf('&') < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi < 0 || semi - i > 10) {
                b.append(c);
                continue;
            }
            String ref = s.substring(i + 1, semi);
            String decoded = switch (ref) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> characterReference(ref);
            };
            if (decoded == null) {
                b.append(c);
            } else {
                b.append(decoded);
                i = semi;
            }
        }
        return b.toString();
    }

    private static String characterReference(String ref) {
        try {
            if (ref.startsWith("#x")) return Character.toString(Integer.parseInt(ref.substring(2), 16));
            if (ref.startsWith("#")) return Character.toString(Integer.parseInt(ref.substring(1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
