package org.teikit.convert.conventions;

import nu.xom.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teikit.convert.conventions.GenericConversion.convert;
import static org.teikit.convert.conventions.GenericConversion.values;

/**
 * Business letters: a salutation that names nobody is no addressee (the inside address is), a salutation by title
 * and surname names the addressee, a signature made for a firm or office names the signer and what he signs for, and a reference line's date
 * column dates the letter.
 */
class NamelessSalutationsAndProcurationTest {

    @Test
    void aSalutationOfFormsOfAddressAloneLeavesTheAddresseeToTheInsideAddress() throws Exception {
        Document d = convert("""
                Dossier of the Harbour Board, 1911

                Dundee, 4 April 1911.

                Messrs. Orrock Brothers
                Shipbuilders, Leith

                Dear Sirs,

                The slip will be free from the first week of May.

                Yours faithfully,

                A. Lindsay

                ---

                Leith, 9 April 1911.

                The Harbour Board
                Dundee

                Gentlemen:

                We shall send the hull round on the tenth.

                Yours truly,

                J. Orrock
                """);
        assertEquals(List.of("Messrs. Orrock Brothers", "The Harbour Board"),
                values(d, "//t:correspAction[@type='received']/t:persName"), "the inside address, not \"Sirs\" or \"Gentlemen\"");
    }

    @Test
    void foreignPluralSalutationsNameNobodyToo() throws Exception {
        Document d = convert("""
                Cartas de la casa Urquijo, 1899

                                    Vigo, 12 de mayo de 1899.

                Sres. Pardo Hermanos
                Coruña.

                Muy Sres. nuestros:

                Les remitimos las muestras que nos pidieron.

                Sus afmos. S. S. q. e. s. m.,

                Urquijo
                """);
        assertEquals(List.of("Sres. Pardo Hermanos"), values(d, "//t:correspAction[@type='received']/t:persName"));
        assertEquals(List.of("Urquijo"), values(d, "//t:correspAction[@type='sent']/t:persName"),
                "the line under the closing initials, never the inside address");
    }

    @Test
    void withoutAnInsideAddressANamelessSalutationLeavesTheAddresseeUnnamed() throws Exception {
        Document d = convert("""
                Sehr geehrte Herren,

                die bestellten Kisten sind heute abgegangen.

                Hochachtungsvoll

                Brandt
                """);
        assertEquals(List.of(), values(d, "//t:correspAction[@type='received']/t:persName[normalize-space()]"),
                "\"Sehr geehrte Herren\" names no one");
    }

    @Test
    void aSalutationByTitleAndSurnameNamesTheAddresseeOverAnOfficesAddress() throws Exception {
        Document d = convert("""
                Akte Wasserwerk

                Stadtwerke Hanau
                Abteilung Bau

                Unser Zeichen: Br/1        Datum: 3.2.1958

                Sehr geehrter Herr Lorenz,

                die Rohre liegen bereit.

                Mit freundlichen Grüßen
                Brenner

                ---

                Stadtwerke Hanau
                Abteilung Bau

                Unser Zeichen: Br/2        Datum: 9.2.1958

                Monsieur le Directeur,

                Nous vous remercions.

                Veuillez agréer, Monsieur, nos salutations distinguées.

                Picard
                """);
        assertEquals(List.of("Herr Lorenz", "Stadtwerke Hanau"), values(d, "//t:correspAction[@type='received']/t:persName"),
                "a title before an article (\"Monsieur le Directeur\") names an office: the address stands");
    }

    @Test
    void aSignatureForAFirmOrOfficeNamesBothAndTheReferenceLineDatesIt() throws Exception {
        Document d = convert("""
                Werkakten 1962

                Firma
                Gebr. Sommer
                Ulm

                Ihr Zeichen | Unser Zeichen | Datum
                So/4, 2.3.1962 | Bt/Ke | 7. März 1962

                Betreff: Ihre Anfrage

                Sehr geehrte Herren,

                wir liefern zum 1. April.

                Hochachtungsvoll
                Stadtbauamt
                i. A.
                Keller
                (Bauingenieur)

                ---

                Stadtbauamt Ulm

                Ihr Zeichen | Unser Zeichen | Datum
                Bt/Ke | So/9 | 12.3.1962

                Sehr geehrter Herr Keller,

                besten Dank.

                Mit freundlichen Grüßen
                Gebr. Sommer
                ppa. Hartl
                """);
        assertEquals(List.of("1962-03-07", "1962-03-12"), values(d, "//t:correspAction[@type='sent']/t:date/@when"),
                "the date column's cell, not the other side's date in the first");
        assertEquals(List.of("Keller", "Hartl"), values(d, "//t:correspAction[@type='sent']/t:persName"),
                "who signs after \"i. A.\" or \"ppa.\" is the sender");
        assertEquals(List.of("Stadtbauamt", "Gebr. Sommer"), values(d, "//t:correspAction[@type='sent']/t:orgName"),
                "the office or firm above the mark is what he signs for");
        assertEquals(List.of("Gebr. Sommer", "Herr Keller"),
                values(d, "//t:correspAction[@type='received']/t:persName"), "\"Firma\" alone on its line names no one");
    }

    @Test
    void forAndOnBehalfOfNamesTheFirmAboveTheSignerAndPPTheSame() throws Exception {
        Document d = convert("""
                Leith, 2 June 1931.

                The Clyde Rope Works
                Glasgow

                Dear Sirs,

                We enclose our account.

                Yours faithfully,
                for and on behalf of
                Orrock Brothers Ltd
                J. Orrock

                ---

                Glasgow, 5 June 1931.

                Orrock Brothers Ltd
                Leith

                Dear Sirs,

                We thank you and remit the sum.

                Yours faithfully,

                p. p. The Clyde Rope Works
                W. Baird
                """);
        assertEquals(List.of("J. Orrock", "W. Baird"), values(d, "//t:correspAction[@type='sent']/t:persName"));
        assertEquals(List.of("Orrock Brothers Ltd", "The Clyde Rope Works"), values(d, "//t:correspAction[@type='sent']/t:orgName"),
                "\"for and on behalf of\" and \"p. p.\" name the firm after them, the signer below");
        assertEquals(List.of("The Clyde Rope Works", "Orrock Brothers Ltd"), values(d, "//t:correspAction[@type='received']/t:persName"));
    }

    @Test
    void aProcurationMarkInRunningTextOrANameAfterByIsNoSignatureForAnother() throws Exception {
        Document d = convert("""
                Dublin, 3 May 1902.

                Dear Mr. Kehoe,

                By the way, the parcel came i. A. Norton's care.

                Yours sincerely,

                M. Doyle
                """);
        assertEquals(List.of("M. Doyle"), values(d, "//t:correspAction[@type='sent']/t:persName"));
        assertEquals(List.of("Mr. Kehoe"), values(d, "//t:correspAction[@type='received']/t:persName"));
    }
}
