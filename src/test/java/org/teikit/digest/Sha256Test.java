package org.teikit.digest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Sha256Test {

    @Test
    void hexMatchesTheStandardTestVectors() {
        // FIPS 180-2, appendix B.1, and the empty message
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.hex(new byte[0]));
    }

    @Test
    void newDigestIsFreshEachTime() {
        var a = Sha256.newDigest();
        a.update((byte) 1);
        assertEquals(Sha256.hex(new byte[0]), java.util.HexFormat.of().formatHex(Sha256.newDigest().digest()));
    }

    @Test
    void warmUpRunsOnADaemonThreadThatEnds() throws InterruptedException {
        Thread warmUp = Sha256.prepareInBackground();
        assertTrue(warmUp.isDaemon(), "must never keep the JVM alive");
        warmUp.join(TimeUnit.SECONDS.toMillis(10));
        assertFalse(warmUp.isAlive(), "the warm-up hashes a few blocks and ends");
    }
}
