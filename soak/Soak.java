import dev.mockndes.harness.device.DeviceRun;
import dev.mockndes.harness.device.DeviceTarget;
import dev.mockndes.harness.device.Devices;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak: two mock-ndes processes (one in memory, one with --data-dir), both on 127.0.0.1 with a
 * 256 MiB heap, under mixed traffic for a set time. Every minute it samples each process (RSS, heap
 * after a full GC, open file descriptors, threads) and the latency of the minute's requests, and
 * checks that every certificate a device was given is listed by the server exactly once. At the
 * end it stops the data-dir server with SIGTERM, starts it again on the same folder and checks
 * that nothing was lost. Exit 0: flat figures and nothing lost; 1: the reasons are printed.
 *
 * <p>Run through {@code soak/soak}, which builds the jars and puts the harness on the class path.
 */
public final class Soak {
    private static final Pattern SERIAL = Pattern.compile("serial ([0-9a-f]+)");
    private static final Pattern LISTED = Pattern.compile("\"serial\":\"([0-9a-f]+)\",\"subject\":\"([^\"]*)\"");
    private static final Pattern COUNT = Pattern.compile("\"count\":(\\d+)");
    private static final List<String> PROFILES = List.of("ios", "windows", "rfc8894", "android");
    private static final List<String> SCENARIOS = List.of("flaky", "gateway-timeout", "challenge-rejected", "pending-approval",
            "ra-certs-expired", "app-pool-stopped");
    private static final String TOKEN = "soak-token";

    public static void main(String[] args) throws Exception {
        int minutes = 30;
        double rate = 2;
        Path root = Path.of(".");
        Path jarOption = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--minutes" -> minutes = Integer.parseInt(args[++i]);
                case "--rate" -> rate = Double.parseDouble(args[++i]);
                case "--root" -> root = Path.of(args[++i]);
                case "--jar" -> jarOption = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (known: --minutes N, --rate PER_SECOND)");
            }
        }
        Path out = root.resolve("soak/results/" + Instant.now().toString().replace(':', '-').substring(0, 19));
        Files.createDirectories(out);
        System.out.println("soak: " + minutes + " minutes, " + rate + " enrolments/s per server, results in " + out);
        Path jar = jarOption != null ? jarOption : root.resolve("server/target/mock-ndes.jar");
        List<Target> targets = List.of(Target.start("memory", jar, out, null), Target.start("data-dir", jar, out, out.resolve("data")));
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        for (Target target : targets) {
            for (int i = 0; i < 4; i++) {
                int worker = i;
                double perWorker = rate / 4;
                threads.add(start(target.name + "-enrol-" + i, () -> enrol(target, worker, perWorker, running)));
            }
            threads.add(start(target.name + "-fast", () -> fast(target, running)));
            threads.add(start(target.name + "-scenarios", () -> scenarios(target, running)));
            threads.add(start(target.name + "-malformed", () -> malformed(target, running)));
            for (int i = 0; i < 3; i++) {
                threads.add(start(target.name + "-slow-" + i, () -> slow(target, running)));
            }
        }
        List<String> problems = new ArrayList<>();
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(out.resolve("samples.csv")))) {
            csv.println("minute,server,rss_kib,heap_after_gc_kib,fds,threads,enrolments_ok,enrolments_other,enrol_p50_ms,enrol_p95_ms,"
                    + "enrol_p99_ms,fast_requests,fast_p50_ms,fast_p95_ms,fast_p99_ms,malformed,slow,issued_total,lost,duplicates");
            long start = System.nanoTime();
            for (int minute = 1; minute <= minutes; minute++) {
                long due = start + TimeUnit.MINUTES.toNanos(minute);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                for (Target target : targets) {
                    Sample sample = target.sample(minute);
                    target.samples.add(sample);
                    csv.println(sample.csv(target.name));
                    csv.flush();
                    System.out.println(sample.line(target.name));
                }
            }
        }
        running.set(false);
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(40));
        }
        for (Target target : targets) {
            target.verify(problems);
            problems.addAll(Growth.check(target.name, target.samples));
        }
        Target disk = targets.get(1);
        problems.addAll(disk.restartAndRecount(jar, out));
        for (Target target : targets) {
            target.stop();
        }
        List<String> summary = new ArrayList<>();
        for (Target target : targets) {
            summary.add(target.summary());
        }
        summary.add(problems.isEmpty() ? "PASS: flat figures, nothing lost, nothing issued twice" : "FAIL:");
        problems.forEach(p -> summary.add("  " + p));
        Files.write(out.resolve("summary.txt"), summary);
        summary.forEach(System.out::println);
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    /** One device enrolment after another at {@code perSecond}, the profiles in turn (GET raw, GET encoded, POST). */
    private static void enrol(Target target, int worker, double perSecond, AtomicBoolean running) {
        long interval = (long) (TimeUnit.SECONDS.toNanos(1) / perSecond);
        long next = System.nanoTime() + worker * interval / 4;
        int turn = worker;
        while (running.get()) {
            pause(next - System.nanoTime());
            next += interval;
            String profile = PROFILES.get(turn++ % PROFILES.size());
            long began = System.nanoTime();
            DeviceRun run = Devices.run(profile, DeviceTarget.of(target.scepUrl).withTimeout(Duration.ofSeconds(30)));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
            target.enrolLatency.add(millis);
            if (run.outcome().isSuccess()) {
                Matcher serial = SERIAL.matcher(run.outcome().detail());
                if (serial.find()) {
                    target.unverified.add(serial.group(1));
                    target.enrolOk.incrementAndGet();
                } else {
                    target.enrolOther.incrementAndGet();
                }
            } else {
                target.enrolOther.incrementAndGet();
                target.outcomes.merge(run.outcome().wire(), 1L, Long::sum);
            }
        }
    }

    /** GetCACaps and GetCACert, and admin reads, about 10 a second. */
    private static void fast(Target target, AtomicBoolean running) {
        String[] admin = {"/health", "/scenario", "/certificates?limit=5", "/pending", "/requests", "/scenarios"};
        int turn = 0;
        while (running.get()) {
            String url = switch (turn % 4) {
                case 0 -> target.scepUrl + "?operation=GetCACaps&message=soak";
                case 1 -> target.scepUrl + "?operation=GetCACert&message=soak";
                case 2 -> target.scepUrl + "?operation=GetNextCACert";
                default -> target.adminUrl + admin[(turn / 4) % admin.length];
            };
            turn++;
            long began = System.nanoTime();
            try {
                target.get(url);
            } catch (IOException e) {
                target.fastErrors.incrementAndGet();
            } catch (InterruptedException e) {
                return;
            }
            target.fastLatency.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
            pause(TimeUnit.MILLISECONDS.toNanos(100));
        }
    }

    /** Every 5 s: a fault scenario for 5 s, then healthy again for 10 s. */
    private static void scenarios(Target target, AtomicBoolean running) {
        int turn = 0;
        while (running.get()) {
            pause(TimeUnit.SECONDS.toNanos(10));
            try {
                target.send("PUT", "/scenario", "{\"name\":\"" + SCENARIOS.get(turn++ % SCENARIOS.size()) + "\"}");
                pause(TimeUnit.SECONDS.toNanos(5));
                target.send("POST", "/reset", "");
                target.send("PUT", "/scenario", "{\"name\":\"healthy\"}");
                target.switches.incrementAndGet();
            } catch (IOException e) {
                target.fastErrors.incrementAndGet();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Twice a second, one request no client should send. */
    private static void malformed(Target target, AtomicBoolean running) {
        Random random = new Random(7);
        URI scep = URI.create(target.scepUrl);
        int turn = 0;
        while (running.get()) {
            pause(TimeUnit.MILLISECONDS.toNanos(500));
            byte[] junk = new byte[1 + random.nextInt(2048)];
            random.nextBytes(junk);
            String path = scep.getPath();
            byte[] request = switch (turn++ % 5) {
                case 0 -> junk;
                case 1 -> concat(("POST " + path + "?operation=PKIOperation HTTP/1.1\r\nHost: x\r\nContent-Length: " + junk.length
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), junk);
                case 2 -> ("GET " + path + "?operation=PKIOperation&message=%%zz!!" + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1);
                case 3 -> ("POST " + path + "?operation=PKIOperation HTTP/1.1\r\nHost: x\r\nContent-Length: 5000000\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1);
                default -> ("GET " + path + "?operation=" + "A".repeat(300_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1);
            };
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(scep.getHost(), scep.getPort()), 5000);
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(request);
                socket.shutdownOutput();
                socket.getInputStream().readAllBytes();
            } catch (IOException e) {
                // a reset is an allowed answer to garbage
            }
            target.malformed.incrementAndGet();
        }
    }

    /** A client that sends GetCACaps one byte every 100 ms, then reads the answer; three of them per server. */
    private static void slow(Target target, AtomicBoolean running) {
        URI scep = URI.create(target.scepUrl);
        byte[] request = ("GET " + scep.getPath() + "?operation=GetCACaps HTTP/1.1\r\nHost: " + scep.getHost()
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        while (running.get()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(scep.getHost(), scep.getPort()), 5000);
                socket.setSoTimeout(30_000);
                OutputStream output = socket.getOutputStream();
                for (byte b : request) {
                    if (!running.get()) {
                        break;
                    }
                    output.write(b);
                    output.flush();
                    pause(TimeUnit.MILLISECONDS.toNanos(100));
                }
                InputStream input = socket.getInputStream();
                while (input.read() >= 0) {
                    pause(TimeUnit.MILLISECONDS.toNanos(1));
                }
                target.slow.incrementAndGet();
            } catch (IOException e) {
                target.slowErrors.incrementAndGet();
            }
        }
    }

    private static Thread start(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.start();
        return thread;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = new byte[a.length + b.length];
        System.arraycopy(a, 0, joined, 0, a.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    private static void pause(long nanos) {
        if (nanos <= 0) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One mock-ndes process and what the soak saw of it. */
    static final class Target {
        final String name;
        final Path dataDir;
        Process process;
        String scepUrl;
        String adminUrl;
        final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        final ConcurrentLinkedQueue<Long> enrolLatency = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> fastLatency = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> unverified = new ConcurrentLinkedQueue<>();
        final Map<String, Long> outcomes = new ConcurrentHashMap<>();
        final AtomicLong enrolOk = new AtomicLong();
        final AtomicLong enrolOther = new AtomicLong();
        final AtomicLong fastErrors = new AtomicLong();
        final AtomicLong malformed = new AtomicLong();
        final AtomicLong slow = new AtomicLong();
        final AtomicLong slowErrors = new AtomicLong();
        final AtomicLong switches = new AtomicLong();
        final List<String> verifiedSerials = new ArrayList<>();
        final Map<String, String> listed = new HashMap<>();
        final List<Sample> samples = new ArrayList<>();
        long lost;
        long duplicates;
        long issuedTotal;
        String restart = "";

        private Target(String name, Path dataDir) {
            this.name = name;
            this.dataDir = dataDir;
        }

        static Target start(String name, Path jar, Path out, Path dataDir) throws IOException {
            Target target = new Target(name, dataDir);
            target.launch(jar, out, "");
            return target;
        }

        void launch(Path jar, Path out, String suffix) throws IOException {
            List<String> command = new ArrayList<>(List.of("java", "-Xmx256m", "-jar", jar.toString(), "serve", "--bind", "127.0.0.1",
                    "--port", "0", "--admin-port", "0", "--admin-token", TOKEN, "--log-dir", out.resolve(name + "-logs").toString()));
            if (dataDir != null) {
                command.addAll(List.of("--data-dir", dataDir.toString()));
            }
            process = new ProcessBuilder(command).redirectError(out.resolve(name + suffix + ".stderr").toFile()).start();
            BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith("ready: ")) {
                // start-up chatter
            }
            if (line == null) {
                throw new IOException(name + ": the server exited before it was ready; see " + name + suffix + ".stderr");
            }
            Matcher urls = Pattern.compile("scep=(\\S+) .* admin=(\\S+)").matcher(line);
            if (!urls.find()) {
                throw new IOException(name + ": cannot read the ready line: " + line);
            }
            scepUrl = urls.group(1);
            adminUrl = urls.group(2).replaceAll("/$", "");
            Thread drain = new Thread(() -> lines.lines().forEach(l -> { }), name + "-stdout");
            drain.setDaemon(true);
            drain.start();
            System.out.println(name + ": pid " + process.pid() + " scep " + scepUrl + " admin " + adminUrl);
        }

        String get(String url) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
            if (url.startsWith(adminUrl)) {
                request.header("Authorization", "Bearer " + TOKEN);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
        }

        void send(String method, String path, String json) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(adminUrl + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
        }

        Sample sample(int minute) throws IOException, InterruptedException {
            List<Long> enrol = drain(enrolLatency);
            List<Long> fast = drain(fastLatency);
            long pid = process.pid();
            Map<String, String> status = procStatus(pid);
            long rss = Long.parseLong(status.getOrDefault("VmRSS", "0 kB").split("\\s+")[0]);
            long threads = Long.parseLong(status.getOrDefault("Threads", "0").trim());
            long fds;
            try (var list = Files.list(Path.of("/proc/" + pid + "/fd"))) {
                fds = list.count();
            }
            long heap = heapAfterGc(pid);
            check();
            return new Sample(minute, rss, heap, fds, threads, enrolOk.getAndSet(0), enrolOther.getAndSet(0), enrol, fast,
                    malformed.getAndSet(0), slow.getAndSet(0), issuedTotal, lost, duplicates);
        }

        /** Every serial a device was given since the last check must be listed, and no subject twice. */
        void check() throws IOException, InterruptedException {
            List<String> answered = new ArrayList<>();
            String serial;
            while ((serial = unverified.poll()) != null) {
                answered.add(serial); // taken before the list, so every one was issued before the list was made
            }
            String body = get(adminUrl + "/certificates?limit=10000");
            Matcher count = COUNT.matcher(body);
            issuedTotal = count.find() ? Long.parseLong(count.group(1)) : -1;
            Matcher entries = LISTED.matcher(body);
            Map<String, String> bySerial = new HashMap<>();
            Map<String, Integer> bySubject = new HashMap<>();
            while (entries.find()) {
                bySerial.put(entries.group(1), entries.group(2));
                bySubject.merge(entries.group(2), 1, Integer::sum);
            }
            duplicates = bySubject.values().stream().filter(n -> n > 1).count();
            for (String given : answered) {
                if (bySerial.containsKey(given)) {
                    verifiedSerials.add(given);
                } else {
                    lost++;
                    System.out.println(name + ": LOST serial " + given);
                }
            }
        }

        void verify(List<String> problems) throws IOException, InterruptedException {
            check();
            if (lost > 0) {
                problems.add(name + ": " + lost + " certificates a device was given are not listed by the server");
            }
            if (duplicates > 0) {
                problems.add(name + ": " + duplicates + " subjects were issued more than once");
            }
            if (verifiedSerials.isEmpty()) {
                problems.add(name + ": no enrolment succeeded");
            }
        }

        /** SIGTERM, then a new process on the same data folder must list every certificate it listed before. */
        List<String> restartAndRecount(Path jar, Path out) throws IOException, InterruptedException {
            List<String> problems = new ArrayList<>();
            long before = issuedTotal;
            long began = System.nanoTime();
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                problems.add(name + ": did not stop within 10 s of SIGTERM");
                process.destroyForcibly().waitFor();
            }
            long stopMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
            launch(jar, out, "-restarted");
            String body = get(adminUrl + "/certificates?limit=10000");
            Matcher count = COUNT.matcher(body);
            long after = count.find() ? Long.parseLong(count.group(1)) : -1;
            List<String> missing = verifiedSerials.stream().filter(s -> !body.contains("\"serial\":\"" + s + "\"")).toList();
            restart = "restart: stopped in " + stopMillis + " ms after SIGTERM; " + before + " certificates before, " + after + " after; "
                    + missing.size() + " of " + verifiedSerials.size() + " device-held serials missing";
            if (after < before || !missing.isEmpty()) {
                problems.add(name + ": " + restart);
            }
            return problems;
        }

        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
            process.destroyForcibly();
        }

        String summary() {
            long ok = samples.stream().mapToLong(s -> s.enrolmentsOk).sum();
            long other = samples.stream().mapToLong(s -> s.enrolmentsOther).sum();
            long fast = samples.stream().mapToLong(s -> s.fast.size()).sum();
            return name + ": " + ok + " enrolments issued and verified (" + other + " ended otherwise: " + outcomes + "), " + fast
                    + " fast requests (" + fastErrors.get() + " transport errors), " + samples.stream().mapToLong(s -> s.malformed).sum()
                    + " malformed, " + samples.stream().mapToLong(s -> s.slow).sum() + " slow clients (" + slowErrors.get() + " cut), "
                    + switches.get() + " scenario switches; " + issuedTotal + " issued in all; lost " + lost + ", duplicates " + duplicates
                    + (restart.isEmpty() ? "" : "; " + restart) + "\n  " + Growth.describe(samples);
        }

        private static List<Long> drain(ConcurrentLinkedQueue<Long> queue) {
            List<Long> values = new ArrayList<>();
            Long value;
            while ((value = queue.poll()) != null) {
                values.add(value);
            }
            Collections.sort(values);
            return values;
        }

        private static Map<String, String> procStatus(long pid) throws IOException {
            Map<String, String> fields = new HashMap<>();
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    fields.put(line.substring(0, colon), line.substring(colon + 1).trim());
                }
            }
            return fields;
        }

        /** A full GC through jcmd, then the heap's used KiB. */
        private static long heapAfterGc(long pid) throws IOException, InterruptedException {
            run("jcmd", String.valueOf(pid), "GC.run");
            Matcher used = Pattern.compile("used (\\d+)K").matcher(run("jcmd", String.valueOf(pid), "GC.heap_info"));
            return used.find() ? Long.parseLong(used.group(1)) : -1;
        }

        private static String run(String... command) throws IOException, InterruptedException {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return text;
        }
    }

    /** One minute of one server. */
    record Sample(int minute, long rss, long heap, long fds, long threads, long enrolmentsOk, long enrolmentsOther, List<Long> enrol,
                  List<Long> fast, long malformed, long slow, long issuedTotal, long lost, long duplicates) {

        String csv(String server) {
            return String.join(",", String.valueOf(minute), server, String.valueOf(rss), String.valueOf(heap), String.valueOf(fds),
                    String.valueOf(threads), String.valueOf(enrolmentsOk), String.valueOf(enrolmentsOther), p(enrol, 50), p(enrol, 95),
                    p(enrol, 99), String.valueOf(fast.size()), p(fast, 50), p(fast, 95), p(fast, 99), String.valueOf(malformed),
                    String.valueOf(slow), String.valueOf(issuedTotal), String.valueOf(lost), String.valueOf(duplicates));
        }

        String line(String server) {
            return String.format(Locale.ROOT, "minute %3d %-8s rss %6d KiB heap %6d KiB fds %4d threads %3d | enrol ok %4d other %3d "
                            + "p50/p95/p99 %s/%s/%s ms | fast %5d p50/p95/p99 %s/%s/%s ms | issued %6d lost %d dup %d",
                    minute, server, rss, heap, fds, threads, enrolmentsOk, enrolmentsOther, p(enrol, 50), p(enrol, 95), p(enrol, 99),
                    fast.size(), p(fast, 50), p(fast, 95), p(fast, 99), issuedTotal, lost, duplicates);
        }

        static String p(List<Long> sorted, int percent) {
            if (sorted.isEmpty()) {
                return "-";
            }
            return String.valueOf(sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1)));
        }

        long p95Enrol() {
            return enrol.isEmpty() ? 0 : Long.parseLong(p(enrol, 95));
        }
    }

    /**
     * "Grows without bound": the median of the last third of the minutes exceeds the median of the
     * middle third by more than a margin. Heap and RSS may grow by what the in-memory store keeps
     * for each certificate issued meanwhile (allowed: 8 KiB each).
     */
    static final class Growth {
        static List<String> check(String server, List<Sample> samples) {
            List<String> problems = new ArrayList<>();
            if (samples.size() < 6) {
                return problems;
            }
            int third = samples.size() / 3;
            List<Sample> middle = samples.subList(third, 2 * third);
            List<Sample> last = samples.subList(samples.size() - third, samples.size());
            long issued = last.get(last.size() - 1).issuedTotal - middle.get(0).issuedTotal;
            compare(problems, server, "heap after GC (KiB)", median(middle, Sample::heap), median(last, Sample::heap), 1.25, 16_384 + issued * 8);
            compare(problems, server, "RSS (KiB)", median(middle, Sample::rss), median(last, Sample::rss), 1.25, 32_768 + issued * 8);
            compare(problems, server, "open file descriptors", median(middle, Sample::fds), median(last, Sample::fds), 1.25, 32);
            compare(problems, server, "threads", median(middle, Sample::threads), median(last, Sample::threads), 1.0, 8);
            compare(problems, server, "enrolment p95 (ms)", median(middle, Sample::p95Enrol), median(last, Sample::p95Enrol), 2.0, 200);
            return problems;
        }

        static String describe(List<Sample> samples) {
            if (samples.isEmpty()) {
                return "no samples";
            }
            Sample first = samples.get(0);
            Sample end = samples.get(samples.size() - 1);
            return String.format(Locale.ROOT, "minute 1 → %d: RSS %d → %d KiB, heap after GC %d → %d KiB, fds %d → %d, threads %d → %d",
                    end.minute, first.rss, end.rss, first.heap, end.heap, first.fds, end.fds, first.threads, end.threads);
        }

        private static void compare(List<String> problems, String server, String what, long middle, long last, double factor,
                                    long margin) {
            if (last > middle * factor + margin) {
                problems.add(server + ": " + what + " grew from a median of " + middle + " to " + last + " in the last third");
            }
        }

        private static long median(List<Sample> samples, java.util.function.ToLongFunction<Sample> value) {
            long[] values = samples.stream().mapToLong(value).sorted().toArray();
            return values[values.length / 2];
        }
    }
}
