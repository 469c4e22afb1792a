package org.wfed.core.internal.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.IdNumber;
import org.wfed.core.Jdbc;
import org.wfed.core.PersonService;
import org.wfed.core.dto.Education;
import org.wfed.core.dto.PersonInput;
import org.wfed.core.dto.Sex;
import org.wfed.core.extension.DemoDistrict;
import org.wfed.core.extension.ScaleDataProvider;
import org.wfed.core.internal.Settings;
import org.wfed.core.internal.auth.AuthService;
import org.wfed.core.internal.auth.FirstStart;
import org.wfed.core.internal.org.UnitPaths;
import org.wfed.core.internal.system.Readiness;

/**
 * The scale data generator: {@code WFED_GENERATE=district|city|province|<n>districts} (seed WFED_SEED) fills an
 * empty database with realistic, reproducible data: per district 10 streets of 30 communities and
 * 200,000 people ({@code WFED_GENERATE_PEOPLE}), then every {@link ScaleDataProvider}'s records per
 * street for each of the last {@code WFED_GENERATE_YEARS} years (default 1: the current year).
 * Progress and the result are at {@code GET /api/system/generate}.
 */
@Component(service = ScaleGenerator.class, immediate = true)
public final class ScaleGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(ScaleGenerator.class);
    static final int STREETS = 10;
    static final int COMMUNITIES = 30;
    static final int PEOPLE_PER_DISTRICT = 200_000;
    static final int MAX_YEARS = 5;
    static final int MAX_PEOPLE = 5_000_000;
    private static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".split("");
    private static final String[] GIVEN = {"秀英", "桂英", "玉兰", "丽娟", "海燕", "晓红", "雪梅", "静", "芳", "慧敏", "春花", "美玲",
            "婷", "佳怡", "欣怡", "子涵", "雨桐", "淑珍", "凤英", "建华", "志强", "伟", "磊", "军"};

    /** Where a generation stands. */
    public record Status(String state, String scale, long seed, int districts, int years, long units, long people, long seconds,
                         String error) {
    }

    /** What to generate: the scale, the seed, how many years of records, people per district. */
    record Order(String scale, long seed, int years, int peoplePerDistrict) {
        Order {
            if (years < 1 || years > MAX_YEARS) {
                throw new IllegalArgumentException("WFED_GENERATE_YEARS must be 1 to " + MAX_YEARS + ", not " + years);
            }
            if (peoplePerDistrict < STREETS * COMMUNITIES) {
                throw new IllegalArgumentException("WFED_GENERATE_PEOPLE must be at least " + STREETS * COMMUNITIES);
            }
            if ((long) districts(scale) * peoplePerDistrict > MAX_PEOPLE) {
                // the ID numbers' serials stay unique up to this many people
                throw new IllegalArgumentException("at most " + MAX_PEOPLE + " people in all");
            }
        }

        int districts() {
            return districts(scale);
        }

        private static int districts(String scale) {
            return switch (scale) {
                case "district" -> 1;
                case "city" -> 10;
                // 25 districts of 200,000 people: the five million the ID numbers' serials allow
                case "province" -> 25;
                default -> {
                    try {
                        yield Integer.parseInt(scale.replace("districts", ""));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("WFED_GENERATE must be district, city, province or <n>districts, not " + scale);
                    }
                }
            };
        }
    }

    private final Database db;
    private final PersonService people;
    private final AuthService auth;
    private final UnitPaths paths;
    private final long rootId;
    private final org.wfed.core.Cluster cluster;
    private final List<ScaleDataProvider> providers = new CopyOnWriteArrayList<>();
    private final AtomicReference<Status> status = new AtomicReference<>(new Status("IDLE", null, 0, 0, 0, 0, 0, 0, null));

    @Activate
    public ScaleGenerator(BundleContext context, @Reference Database db, @Reference PersonService people,
                          @Reference AuthService auth, @Reference UnitPaths paths, @Reference FirstStart first,
                          @Reference org.wfed.core.Cluster cluster, @Reference Readiness readiness) {
        this.db = db;
        this.cluster = cluster;
        this.people = people;
        this.auth = auth;
        this.paths = paths;
        this.rootId = first.rootUnitId();
        String scale = Settings.get(context, null, "generate", null);
        if (scale != null) {
            Order order;
            try {
                order = new Order(scale, Long.parseLong(Settings.get(context, null, "seed", "42")),
                        Settings.getInt(context, 0, "generateYears", 1), Settings.getInt(context, 0, "generatePeople", PEOPLE_PER_DISTRICT));
            } catch (IllegalArgumentException e) {
                LOG.error("scale data not generated: {}", e.getMessage());
                status.set(new Status("FAILED", scale, 0, 0, 0, 0, 0, 0, e.getMessage()));
                return;
            }
            // once every module is started (its provider registered: a fixed wait missed one on a busy machine, and its
            // records of the first streets with it), generate on a thread of its own, on one node
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "wfed-generate"))
                    .schedule(() -> {
                        awaitStarted(readiness);
                        if (!cluster.alone("core.generate", () -> generate(order))) {
                            status.set(new Status("ELSEWHERE", scale, 0, 0, 0, 0, 0, 0, "another node generates"));
                        }
                    }, 1, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    /** Waits until wfed has started every bundle and component (health no longer STARTING), at most 10 minutes. */
    private static void awaitStarted(Readiness readiness) {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
        while (!readiness.state().ready() && System.nanoTime() < until) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addProvider(ScaleDataProvider p) {
        providers.add(p);
    }

    void removeProvider(ScaleDataProvider p) {
        providers.remove(p);
    }

    public Status status() {
        return status.get();
    }

    /** Generates {@code district} (1), {@code city} (10), {@code province} (25) or {@code <n>districts}; refuses a non-empty database. */
    synchronized Status generate(Order order) {
        String scale = order.scale();
        long seed = order.seed();
        int districts = order.districts();
        int years = order.years();
        int lastYear = LocalDate.now().getYear();
        long started = System.nanoTime();
        Random random = new Random(seed);
        try {
            if (db.read(c -> Jdbc.number(c, "SELECT COUNT(*) FROM core_unit")) > 1) {
                throw new IllegalStateException("the database is not empty: generate into a fresh data folder");
            }
            Caller admin = db.read(c -> auth.callerById(c, Jdbc.number(c, "SELECT id FROM core_user WHERE username = 'admin'"))).orElseThrow();
            long units = 0;
            long persons = 0;
            List<Long> districtIds = new ArrayList<>();
            if (districts == 1) {
                districtIds.add(rootId);
            } else {
                db.write(c -> Jdbc.update(c, "UPDATE core_unit SET kind = 'CITY', name = '示范市妇联' WHERE id = ?", rootId));
                for (int d = 0; d < districts; d++) {
                    int n = d;
                    districtIds.add(db.write(c -> GeneratedUnits.unit(c, rootId, "/" + rootId + "/", "DISTRICT", "第" + (n + 1) + "区妇联",
                            String.format("4201%02d000000", n + 1))));
                    units++;
                }
            }
            for (int d = 0; d < districtIds.size(); d++) {
                long district = districtIds.get(d);
                String districtPath = districts == 1 ? "/" + rootId + "/" : "/" + rootId + "/" + district + "/";
                for (int s = 0; s < STREETS; s++) {
                    DemoDistrict part = street(district, districtPath, d, s, order.peoplePerDistrict(), random);
                    units += 1 + part.communities().size();
                    persons += part.peopleByCommunity().values().stream().mapToLong(List::size).sum();
                    for (int year = lastYear - years + 1; year <= lastYear; year++) {
                        int filled = year;
                        for (ScaleDataProvider p : providers) {
                            db.write(c -> {
                                p.generate(c, admin, part, filled, random);
                                return null;
                            });
                        }
                    }
                    status.set(new Status("RUNNING", scale, seed, districts, years, units, persons,
                            (System.nanoTime() - started) / 1_000_000_000, null));
                    LOG.info("generated district {} street {}: {} units, {} people so far", d + 1, s + 1, units, persons);
                }
            }
            paths.invalidate();
            Status done = new Status("DONE", scale, seed, districts, years, units, persons, (System.nanoTime() - started) / 1_000_000_000, null);
            status.set(done);
            LOG.info("scale data generated: {}", done);
            return done;
        } catch (RuntimeException e) {
            LOG.error("scale data generation failed", e);
            Status failed = new Status("FAILED", scale, seed, districts, years, 0, 0, (System.nanoTime() - started) / 1_000_000_000, e.toString());
            status.set(failed);
            return failed;
        }
    }

    /** One street with its communities and their people, core's part; committed per community. */
    private DemoDistrict street(long district, String districtPath, int d, int s, int peoplePerDistrict, Random random) {
        String code = String.format("4201%02d%03d000", d + 1, s + 1);
        long street = db.write(c -> GeneratedUnits.unit(c, district, districtPath, "STREET", "第" + (s + 1) + "街道妇联", code));
        String streetPath = districtPath + street + "/";
        List<Long> communities = new ArrayList<>();
        Map<Long, List<Long>> peopleByCommunity = new java.util.LinkedHashMap<>();
        // rounded up: 200,000 people make 667 per community (200,100 in all)
        int perCommunity = (peoplePerDistrict + STREETS * COMMUNITIES - 1) / (STREETS * COMMUNITIES);
        for (int k = 0; k < COMMUNITIES; k++) {
            int n = k;
            long community = db.write(c -> GeneratedUnits.unit(c, street, streetPath, "COMMUNITY", "第" + (s + 1) + "街道第" + (n + 1) + "社区妇联",
                    code.substring(0, 9) + String.format("%03d", n + 1)));
            List<PersonInput> inputs = new ArrayList<>(perCommunity);
            for (int p = 0; p < perCommunity; p++) {
                inputs.add(person(community, random, ((d * STREETS + s) * COMMUNITIES + k) * perCommunity + p));
            }
            Caller system = systemCaller();
            List<Long> ids = db.write(c -> {
                List<Long> created = people.createAll(c, system, inputs);
                GeneratedUnits.leadership(c, community, created, inputs);
                return created;
            });
            communities.add(community);
            peopleByCommunity.put(community, ids);
        }
        return new DemoDistrict(district, List.of(street), Map.of(street, communities), peopleByCommunity);
    }

    private Caller systemCaller() {
        return new Caller(0, "generator", "数据生成", rootId, "/" + rootId + "/", java.util.Set.of(org.wfed.core.Role.SYSTEM_ADMIN),
                java.util.Set.of());
    }

    /** A resident with a valid, unique ID number (the sequence runs over the whole database). */
    private static PersonInput person(long unit, Random random, int serial) {
        boolean woman = random.nextInt(100) < 62;
        LocalDate birth = LocalDate.of(1940 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28));
        // the area part varies with the serial so that 18-digit numbers never collide
        String area = String.format("42%04d", serial / 500 % 10_000);
        int sequence = serial % 500 * 2 + (woman ? 0 : 1);
        String id = IdNumber.compose(area, birth, sequence).value();
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        Education edu = Education.values()[random.nextInt(Education.values().length)];
        return new PersonInput(unit, name, id, woman ? Sex.F : Sex.M, birth, "13" + String.format("%09d", random.nextInt(1_000_000_000)),
                null, edu, random.nextInt(5) == 0, null, random.nextBoolean(), null);
    }
}
