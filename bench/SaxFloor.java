import java.io.File;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The floor for validation speed: the JDK's SAX parser reading every file and doing nothing else,
 * on N threads (default 2, one per core here). A validator cannot be faster than parsing.
 *
 *   java bench/SaxFloor.java [--threads N] FILE...
 */
public final class SaxFloor {
    public static void main(String[] args) throws Exception {
        int threads = 2, first = 0;
        if (args.length > 1 && args[0].equals("--threads")) { threads = Integer.parseInt(args[1]); first = 2; }
        List<String> files = List.of(args).subList(first, args.length);
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        AtomicInteger next = new AtomicInteger(), failed = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Runnable worker = () -> {
            SAXParser parser;
            try { parser = factory.newSAXParser(); } catch (Exception e) { throw new IllegalStateException(e); }
            DefaultHandler ignore = new DefaultHandler();
            for (int i; (i = next.getAndIncrement()) < files.size(); ) {
                File f = new File(files.get(i));
                try {
                    parser.reset();
                    parser.parse(f, ignore);
                    bytes.addAndGet(f.length());
                } catch (Exception e) {
                    failed.incrementAndGet();
                    System.err.println(f + ": " + e.getMessage());
                }
            }
        };
        List<Future<?>> running = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) running.add(pool.submit(worker));
        for (Future<?> f : running) f.get();
        pool.shutdown();
        System.out.printf("%d files, %d bytes parsed, %d not well-formed%n", files.size() - failed.get(), bytes.get(), failed.get());
        System.exit(failed.get() == 0 ? 0 : 1);
    }
}
