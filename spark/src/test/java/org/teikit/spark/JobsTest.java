package org.teikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobsTest {
    private static List<InputFile> files(long... sizes) {
        List<InputFile> files = new ArrayList<>();
        for (long s : sizes) files.add(new InputFile(files.size(), "f" + files.size(), "file:/f" + files.size(), s));
        return files;
    }

    @Test
    void chunksKeepTheInputOrderAndHoldAboutEqualBytes() {
        // a run of large files at the end, as a corpus sorted by name may have
        List<InputFile> files = new ArrayList<>(files(new long[60]));
        files.replaceAll(f -> new InputFile(f.index(), f.name(), f.uri(), f.index() < 40 ? 10_000 : 1_000_000));

        List<List<InputFile>> chunks = Jobs.chunks(files, 8);

        assertEquals(files, chunks.stream().flatMap(List::stream).toList(), "every file once, in order");
        assertTrue(chunks.size() <= 8);
        long total = files.stream().mapToLong(InputFile::size).sum();
        for (List<InputFile> c : chunks) {
            long bytes = c.stream().mapToLong(InputFile::size).sum();
            assertTrue(bytes <= total / 8 + 1_000_000, "no chunk holds much more than its share: " + bytes);
        }
    }

    @Test
    void fewerFilesThanChunksGiveOneFileEach() {
        assertEquals(3, Jobs.chunks(files(5, 5, 5), 3).size());
        assertEquals(List.of(), Jobs.chunks(List.of(), 4));
    }

    @Test
    void localModeHasTwoTasksPerCoreAClusterSmallOnes() {
        assertEquals(4, Jobs.defaultPartitions(2, true, 5000), "local: one Parquet file and commit per task");
        assertEquals(25, Jobs.defaultPartitions(2, false, 5000), "a cluster: about 200 files a task");
        assertEquals(16, Jobs.defaultPartitions(4, false, 100), "a cluster: at least 4 per core");
    }
}
