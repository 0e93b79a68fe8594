package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing a document or a schema names is fetched: a local server that would see the request sees nothing. */
class NetworkRefusalTest {
    @TempDir
    Path dir;

    private ServerSocket server;
    private String base;

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        base = "http://127.0.0.1:" + server.getLocalPort();
    }

    @AfterEach
    void close() throws IOException {
        server.close();
    }

    private void assertNeverConnected() throws IOException {
        server.setSoTimeout(200);
        try (Socket s = server.accept()) {
            throw new AssertionError("the validator connected to " + base);
        } catch (SocketTimeoutException expected) {
            // nobody knocked
        }
    }

    @Test
    void xmlModelPointingAtTheNetworkIsRefusedOnTheFile() throws Exception {
        Path doc = TestFiles.write(dir, "remote.xml", NoteSchemas.note(
                NoteSchemas.xmlModel(base + "/tei_all.rng", NoteSchemas.RNG_NS), " to='a'", "x"));
        FileResult r = Schemas.builder().build().newValidator().validate(doc);
        assertFalse(r.valid());
        assertTrue(r.messages().get(0).text().contains("never fetches"), r.messages().toString());
        assertNeverConnected();
    }

    @Test
    void explicitSchemaUrlWithoutCatalogMappingIsRefused() throws Exception {
        SchemaException e = assertThrows(SchemaException.class,
                () -> Schemas.builder().schema(base + "/tei_all.rng").build());
        assertTrue(e.getMessage().contains("never fetches"), e.getMessage());
        assertNeverConnected();
    }

    @Test
    void externalEntityAndDtdOnTheNetworkAreRefusedWithErrors() throws Exception {
        Path doc = TestFiles.write(dir, "entity.xml", "<?xml version='1.0'?>\n"
                + "<!DOCTYPE note SYSTEM '" + base + "/note.dtd' [\n"
                + "  <!ENTITY remote SYSTEM '" + base + "/secret.txt'>\n"
                + "]>\n"
                + "<note xmlns='urn:teikit:test' to='a'>&remote;</note>\n");
        Schemas schemas = Schemas.builder().schema(NoteSchemas.write(dir).resolve("note.rnc")).build();
        FileResult r = schemas.newValidator().validate(doc);
        assertFalse(r.valid());
        assertEquals(2, r.errorCount(), r.messages().toString());
        assertTrue(r.messages().stream().allMatch(m -> m.source() == MessageSource.WELLFORMEDNESS));
        assertNeverConnected();
    }

    @Test
    void schemaIncludingANetworkGrammarIsRefused() throws Exception {
        Path rnc = TestFiles.write(dir, "includes.rnc", "include \"" + base + "/other.rnc\"\nstart = element a { empty }\n");
        assertThrows(SchemaException.class, () -> Schemas.builder().schema(rnc).build());
        assertNeverConnected();
    }
}
