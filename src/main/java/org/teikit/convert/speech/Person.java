package org.teikit.convert.speech;

import java.util.List;

/** A person known across the corpus: stable id, preferred name, and the variants that name them. */
public record Person(String id, String name, List<String> variants) {
    public Person {
        variants = List.copyOf(variants);
    }
}
