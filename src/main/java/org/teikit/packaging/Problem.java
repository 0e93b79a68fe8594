package org.teikit.packaging;

/** One thing wrong with a bag: the file, relative to the bag's folder ({@code data/tei/a.xml}), and what. */
public record Problem(String file, String message) {
    @Override
    public String toString() {
        return file + ": " + message;
    }
}
