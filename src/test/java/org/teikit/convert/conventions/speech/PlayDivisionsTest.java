package org.teikit.convert.conventions.speech;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlayDivisionsTest {
    @ParameterizedTest
    @ValueSource(strings = {"ACT II", "Act 3. A room in the mill", "Act One", "Zweiter Aufzug.", "ACTO ÚNICO", "Acte unique",
            "Atto primo", "Third Act", "Letzter Akt", "ACTO SEGUNDO", "The Second Act", "THE FIRST ACT.", "Act the Third",
            "The Third Act — Night on the moor"})
    void actHeadings(String line) {
        assertTrue(PlayDivisions.isAct(line), line);
        assertFalse(PlayDivisions.isScene(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SCENE IV", "Scene 2 — The quay", "ESCENA PRIMERA", "Escena III", "Dritter Auftritt.", "Erste Szene",
            "SCENE B", "Scène première", "Scena ultima", "Scene the First", "SCENE THE SECOND.", "The Last Scene: a cellar"})
    void sceneHeadings(String line) {
        assertTrue(PlayDivisions.isScene(line), line);
        assertFalse(PlayDivisions.isAct(line), line);
    }

    /** Look-alikes: the word without a number, a number word that is no ordinal, the word inside a sentence's start. */
    @ParameterizedTest
    @ValueSource(strings = {"Scene: a kitchen at night", "Act of Parliament, 1791", "Actors and their parts", "Scenery by J. Bell",
            "Acto seguido, entra", "The first act", "Escenario: una plaza", "SCENE a, then b", "Act now",
            "Scene. A tower on the border", "SCENE A small room",
            "The first act of the council was to meet", "The First Act of Union came later", "Scene the first of many"})
    void lookAlikesAreNoHeadings(String line) {
        assertFalse(PlayDivisions.isAct(line) || PlayDivisions.isScene(line), line);
    }
}
