package org.teikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.validate.Validator;

/**
 * A real standalone cluster on 127.0.0.1: a master and two workers from Spark's own classes, each a JVM of its own
 * started with this JVM's class path. {@code validate} runs on it; one worker and its executor are killed after the
 * first task ends; the job must still end with one row per file and teikit validate's verdicts.
 */
class StandaloneClusterIT {
    private static final Duration START = Duration.ofSeconds(120);
    private static final int PARTITIONS = 60;

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)   // a failure leaves the cluster's logs to read
    Path dir;

    private final List<Process> processes = new ArrayList<>();

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void aJobThatLosesAWorkerMidwayEndsWithOneRowPerFileAndTeikitsVerdicts() throws Exception {
        Path input = copies(LocalSpark.corpus(), 8);
        String tei = LocalSpark.teiAll().toString();
        int files;
        try (var walk = Files.walk(input)) {
            files = (int) walk.filter(p -> p.toString().endsWith(".xml")).count();
        }
        String classPath = System.getProperty("java.class.path");
        if (!classPath.contains("spark-core")) fail("the class path is not the test class path (a manifest-only jar?): " + classPath);

        SparkSession spark = null;
        try {
            int masterPort = freePort();
            Process master = start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                    "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(freePort()));
            awaitLog("master", master, "I have been elected leader");
            String url = "spark://127.0.0.1:" + masterPort;
            Process doomed = null;
            for (int i = 1; i <= 2; i++) {
                Process w = start("worker" + i, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                        "--cores", "1", "--memory", "1g", "--webui-port", String.valueOf(freePort()),
                        "--work-dir", dir.resolve("work" + i).toString(), url);
                awaitLog("worker" + i, w, "Successfully registered with master");
                if (doomed == null) doomed = w;
            }

            submitTheJobJar(url, tei);

            spark = SparkSession.builder().master(url).appName("teikit-spark cluster test")
                    .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.ui.enabled", "false")
                    .config("spark.executor.memory", "512m").config("spark.executor.cores", "1")
                    .config("spark.executor.extraClassPath", classPath)
                    .config("spark.executor.extraJavaOptions", System.getProperty("spark.add.opens", ""))
                    .config("spark.hadoop.mapreduce.fileoutputcommitter.algorithm.version", "1")
                    .getOrCreate();
            awaitExecutors(spark, 2);

            AtomicInteger tasksEnded = new AtomicInteger();
            AtomicInteger endedAtKill = new AtomicInteger(-1);
            AtomicInteger executorsRemoved = new AtomicInteger();
            Process victim = doomed;
            spark.sparkContext().addSparkListener(new SparkListener() {
                @Override
                public void onTaskEnd(SparkListenerTaskEnd end) {
                    if (tasksEnded.incrementAndGet() == 1) {
                        endedAtKill.set(tasksEnded.get());
                        new Thread(() -> kill(victim), "kill-worker").start();
                    }
                }

                @Override
                public void onExecutorRemoved(SparkListenerExecutorRemoved removed) {
                    executorsRemoved.incrementAndGet();
                }
            });

            String out = dir.resolve("rows").toString();
            ValidateJob job = new ValidateJob(spark, new ValidateJob.Options(
                    new SchemaOptions(List.of(tei), List.of(), false, null), Validator.DEFAULT_MAX_MESSAGES,
                    ValidateJob.Options.DEFAULT_MAX_FILE_BYTES, PARTITIONS));
            job.run(List.of(input.toString()), out, null);

            assertTrue(endedAtKill.get() > 0 && endedAtKill.get() < PARTITIONS,
                    "the worker was killed while tasks were left: " + endedAtKill.get());
            assertTrue(executorsRemoved.get() >= 1, "the driver lost the killed worker's executor");
            assertTrue(victim.waitFor(30, TimeUnit.SECONDS), "the worker is dead");

            List<Row> rows = ValidateJob.read(spark, out).collectAsList();
            assertEquals(files, rows.size(), "one row per file");
            Map<String, Boolean> verdicts = rows.stream().collect(Collectors.toMap(r -> r.getAs("path"),
                    r -> "valid".equals(r.getAs("verdict"))));   // toMap refuses a path twice
            assertEquals(teikitVerdicts(input, tei), verdicts);
        } finally {
            if (spark != null) spark.stop();
            for (Process p : processes) kill(p);
        }
    }

    /**
     * The job jar as a cluster runs it: {@code spark-submit} (its main class, in a JVM of its own, with Spark's jars
     * alone on the class path), the jar shipped to the executors, whose class path holds Spark's jars alone too. Its
     * JSON report must be {@code teikit validate}'s.
     */
    private void submitTheJobJar(String master, String schema) throws Exception {
        Path target = LocalSpark.root().resolve("spark/target");
        Path jobJar = target.resolve("teikit-spark.jar");
        String sparkJars = Files.readString(target.resolve("spark-classpath.txt")).strip();
        assertTrue(Files.isRegularFile(jobJar), "the job jar is built before integration tests: " + jobJar);
        Path report = dir.resolve("submitted.json"), expected = dir.resolve("expected.json");
        String corpus = LocalSpark.corpus().toString();

        // a driver needs a heap of 450 MB at least
        Process submit = startWith(sparkJars, "1g", "submit", "org.apache.spark.deploy.SparkSubmit", "--master", master,
                "--deploy-mode", "client", "--class", "org.teikit.spark.TeikitSpark",
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.executor.memory=512m",
                "--conf", "spark.executor.extraClassPath=" + sparkJars,
                jobJar.toString(), "validate", "--no-schematron", "--schema", schema,
                "--out", dir.resolve("submitted").toString(), "--format", "json", "-o", report.toString(), corpus);
        if (!submit.waitFor(4, TimeUnit.MINUTES)) fail("spark-submit did not end within 4 minutes:\n" + log("submit"));
        assertEquals(TeikitSpark.INVALID, submit.exitValue(), log("submit"));

        LocalSpark.Cli cli = LocalSpark.teikit(List.of("validate", "--no-schematron", "--schema", schema,
                "--format", "json", "-o", expected.toString(), corpus));
        assertEquals(1, cli.status(), cli.err());
        assertEquals(LocalSpark.withoutSeconds(Files.readString(expected)), LocalSpark.withoutSeconds(Files.readString(report)));
    }

    private String log(String name) throws IOException {
        return Files.readString(dir.resolve(name + ".log"));
    }

    /** {@code teikit validate}'s verdict for each file, from its JSON report. */
    private Map<String, Boolean> teikitVerdicts(Path input, String schema) throws IOException {
        Path json = dir.resolve("teikit.json");
        LocalSpark.Cli cli = LocalSpark.teikit(List.of("validate", "--no-schematron", "--schema", schema,
                "--format", "json", "-o", json.toString(), input.toString()));
        assertEquals(1, cli.status(), cli.err());
        Map<String, Boolean> verdicts = new HashMap<>();
        Matcher m = Pattern.compile("\\{\"file\":\"([^\"]+)\",\"valid\":(true|false)").matcher(Files.readString(json));
        while (m.find()) verdicts.put(m.group(1), Boolean.parseBoolean(m.group(2)));
        assertTrue(verdicts.containsValue(true) && verdicts.containsValue(false), "valid and invalid files");
        return verdicts;
    }

    /** {@code times} copies of the fixture folder, so the job has enough tasks to lose some midway. */
    private Path copies(Path corpus, int times) throws IOException {
        Path input = dir.resolve("input");
        for (int i = 0; i < times; i++) {
            Path copy = input.resolve("copy" + i);
            try (var walk = Files.walk(corpus)) {
                for (Path p : walk.toList()) {
                    Path target = copy.resolve(corpus.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(target);
                    else Files.copy(p, target);
                }
            }
        }
        return input;
    }

    private Process start(String name, String mainClass, String... args) throws IOException {
        return startWith(System.getProperty("java.class.path"), "256m", name, mainClass, args);
    }

    private Process startWith(String classPath, String heap, String name, String mainClass, String... args)
            throws IOException {
        Path home = Files.createDirectories(dir.resolve("spark-home/jars"));   // Spark's launcher requires $SPARK_HOME/jars
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String opt : System.getProperty("spark.add.opens", "").split(" ")) if (!opt.isBlank()) command.add(opt);
        // their own logging: the tests' log4j2-test.properties keeps Spark's INFO lines out, which say when they are up
        Path logging = dir.resolve("cluster-log4j2.properties");
        Files.writeString(logging, "rootLogger.level = info\nrootLogger.appenderRef.out.ref = out\n"
                + "appender.out.type = Console\nappender.out.name = out\nappender.out.layout.type = PatternLayout\n"
                + "appender.out.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n\n");
        command.addAll(List.of("-Xmx" + heap, "-XX:+UseSerialGC", "-Dlog4j2.configurationFile=" + logging.toUri(),
                "-cp", classPath, mainClass));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", home.getParent().toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");   // else the launcher looks for a Spark build tree
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().put("SPARK_NO_DAEMONIZE", "1");
        Process p = pb.start();
        processes.add(p);
        return p;
    }

    private void awaitLog(String name, Process p, String line) throws Exception {
        File log = dir.resolve(name + ".log").toFile();
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (log.exists() && Files.readString(log.toPath()).contains(line)) return;
            if (!p.isAlive()) fail(name + " exited (" + p.exitValue() + "):\n" + Files.readString(log.toPath()));
            Thread.sleep(200);
        }
        fail(name + " did not log \"" + line + "\" within " + START + ":\n" + Files.readString(log.toPath()));
    }

    private static void awaitExecutors(SparkSession spark, int n) throws InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        // the driver is one of the block managers
        while (spark.sparkContext().getExecutorMemoryStatus().size() < n + 1) {
            if (System.nanoTime() > deadline) fail("fewer than " + n + " executors registered within " + START);
            Thread.sleep(200);
        }
    }

    /** Kills a process and what it started (a worker's executors), as a lost machine would. */
    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
