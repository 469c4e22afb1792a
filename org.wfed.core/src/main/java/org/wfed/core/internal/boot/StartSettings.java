package org.wfed.core.internal.boot;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.osgi.framework.BundleContext;
import org.wfed.core.SettingSources;
import org.wfed.core.internal.auth.PasswordPolicy;
import org.wfed.core.internal.db.MovedAway;
import org.wfed.core.internal.db.PgUrl;

/**
 * Core's settings as the process starts, read from launch properties and the environment and checked
 * before anything else runs: a value wfed cannot use ends the start with the setting's name and the
 * values it accepts ({@link StartFailure#BAD_SETTING}), instead of a component failing later in silence.
 * ConfigAdmin values come later and are checked by the components that read them.
 */
public final class StartSettings {
    /** Felix HTTP's port property; a launch may set it instead of (or equal to) WFED_PORT. */
    static final String HTTP_PORT = "org.osgi.service.http.port";
    private static final int DEFAULT_PORT = 8080;

    /** A setting as it will be in force: its value (passwords hidden) and where it came from. */
    public record Effective(String name, String environment, String value, String source) {
    }

    private final Function<String, String> lookup;
    private final Function<String, String> environment;
    private final List<Effective> effective = new ArrayList<>();

    private final File dataFolder;
    private final File pluginsFolder;
    private final int port;

    StartSettings(Function<String, String> properties, Function<String, String> environment) {
        this.lookup = properties;
        this.environment = environment;
        this.dataFolder = new File(text("data", "wfed-data", false)).getAbsoluteFile();
        this.pluginsFolder = new File(text("plugins", new File(dataFolder, "plugins").getPath(), false)).getAbsoluteFile();
        this.port = readPort();
        int minLength = integer("passwordMinLength", 10, 6, 128);
        integer("passwordIterations", 600_000, 1_000, 10_000_000);
        integer("maxFailedLogins", 5, 1, 100);
        integer("lockoutMinutes", 15, 1, 7 * 24 * 60);
        integer("sessionTimeout", 30, 1, 24 * 60);
        flag("demo", false);
        flag("pluginDowngrade", false);
        text("rootUnitName", "区妇联", false);
        adminPassword(minLength);
        boolean postgres = database();
        notMovedAway(postgres);
        restoreFrom(postgres);
        moveFrom(postgres);
        integer("generateYears", 1, 1, 5);
        integer("generatePeople", 200_000, 1, Integer.MAX_VALUE);
        text("generate", null, false);
        text("seed", "42", false);
    }

    /** Reads the settings of this launch; throws {@link StartFailure} for the first value wfed cannot use. */
    public static StartSettings read(BundleContext context) {
        return new StartSettings(context::getProperty, System::getenv);
    }

    /** The data folder alone, read first so that the log can be opened before anything else is checked. */
    static File dataFolder(BundleContext context) {
        String value = SettingSources.of(context, "configured", null, "data").stream().findFirst()
                .map(SettingSources.Source::value).orElse("wfed-data");
        return new File(value).getAbsoluteFile();
    }

    public File dataFolder() {
        return dataFolder;
    }

    public File pluginsFolder() {
        return pluginsFolder;
    }

    public int port() {
        return port;
    }

    /** Every core setting with its value in force and its source, passwords hidden. */
    public List<Effective> effective() {
        return List.copyOf(effective);
    }

    private Optional<SettingSources.Source> source(String name) {
        // the same order as every other setting (SettingSources), without ConfigAdmin, which is not up yet
        String property = "wfed." + name;
        String env = SettingSources.environmentName(name);
        for (SettingSources.Source s : List.of(new SettingSources.Source(property, nullToEmpty(lookup.apply(property))),
                new SettingSources.Source(env, nullToEmpty(environment.apply(env))))) {
            if (!s.value().isBlank()) {
                return Optional.of(new SettingSources.Source(s.name(), s.value().trim()));
            }
        }
        return Optional.empty();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private String text(String name, String defaultValue, boolean secret) {
        Optional<SettingSources.Source> s = source(name);
        String value = s.map(SettingSources.Source::value).orElse(defaultValue);
        record(name, value == null ? null : secret ? "******" : value, s.map(SettingSources.Source::name).orElse("default"));
        return value;
    }

    private void record(String name, String value, String source) {
        effective.add(new Effective(name, SettingSources.environmentName(name), value, source));
    }

    private int integer(String name, int defaultValue, int min, int max) {
        Optional<SettingSources.Source> s = source(name);
        if (s.isEmpty()) {
            record(name, String.valueOf(defaultValue), "default");
            return defaultValue;
        }
        int value;
        try {
            value = Integer.parseInt(s.get().value());
        } catch (NumberFormatException e) {
            value = Integer.MIN_VALUE;
        }
        if (value < min || value > max) {
            throw bad(s.get(), "须为 " + min + " 到 " + max + " 之间的整数", "must be a whole number from " + min + " to " + max);
        }
        record(name, String.valueOf(value), s.get().name());
        return value;
    }

    private void flag(String name, boolean defaultValue) {
        Optional<SettingSources.Source> s = source(name);
        if (s.isPresent() && !s.get().value().matches("(?i)true|false|1|0")) {
            throw bad(s.get(), "须为 true 或 false（1 或 0）", "must be true or false (1 or 0)");
        }
        record(name, s.map(SettingSources.Source::value).orElse(String.valueOf(defaultValue)),
                s.map(SettingSources.Source::name).orElse("default"));
    }

    private int readPort() {
        Optional<SettingSources.Source> wanted = source("port");
        String launched = lookup.apply(HTTP_PORT);
        if (wanted.isEmpty()) {
            if (launched == null || launched.isBlank()) {
                record("port", String.valueOf(DEFAULT_PORT), "default");
                return DEFAULT_PORT;
            }
            wanted = Optional.of(new SettingSources.Source(HTTP_PORT, launched.trim()));
        }
        int value;
        try {
            value = Integer.parseInt(wanted.get().value());
        } catch (NumberFormatException e) {
            value = -1;
        }
        if (value < 1 || value > 65535) {
            throw bad(wanted.get(), "须为 1 到 65535 之间的端口号", "must be a port number from 1 to 65535");
        }
        if (launched != null && !launched.isBlank() && !launched.trim().equals(String.valueOf(value))) {
            throw new StartFailure(StartFailure.BAD_SETTING,
                    "端口设置矛盾：" + wanted.get().name() + "=" + value + "，而 " + HTTP_PORT + "=" + launched.trim() + "，请只设置 WFED_PORT",
                    "conflicting ports: " + wanted.get().name() + "=" + value + " but " + HTTP_PORT + "=" + launched.trim() + "; set WFED_PORT only");
        }
        record("port", String.valueOf(value), wanted.get().name());
        return value;
    }

    private void adminPassword(int minLength) {
        Optional<SettingSources.Source> s = source("adminPassword");
        record("adminPassword", s.isPresent() ? "******" : null, s.map(SettingSources.Source::name).orElse("generated on the first start"));
        if (s.isPresent()) {
            String problem = new PasswordPolicy(minLength).problem(s.get().value(), "admin");
            if (problem != null) {
                throw new StartFailure(StartFailure.BAD_SETTING, s.get().name() + " 不符合密码要求：" + problem,
                        s.get().name() + " does not meet the password policy (" + minLength + "+ characters, three of upper, lower, digit, symbol, not the username)");
            }
        }
    }

    /**
     * The database: embedded Derby unless {@code WFED_DB_URL} names a PostgreSQL database; then the modules' files
     * must go to a folder every node reaches ({@code WFED_FILES}), never to one node's disk only.
     */
    private boolean database() {
        Optional<SettingSources.Source> url = source("dbUrl");
        record("dbUrl", url.map(u -> u.value().replaceAll("(?i)(password=)[^&;]*", "$1******")).orElse("embedded Derby in <data>/db"),
                url.map(SettingSources.Source::name).orElse("default"));
        if (url.isPresent() && !PgUrl.valid(url.get().value())) {
            throw bad(url.get(), "须为 PostgreSQL 数据库地址 jdbc:postgresql://主机:端口/数据库名（不设置则使用内置 Derby 数据库）",
                    "must be a PostgreSQL URL jdbc:postgresql://host:port/database (unset: the embedded Derby database)");
        }
        text("dbUser", null, false);
        text("dbPassword", null, true);
        integer("dbPoolSize", 16, 1, 1000);
        integer("dbTimeout", 10, 1, 600);
        text("pgDump", null, false);
        Optional<SettingSources.Source> files = source("files");
        record("files", files.map(SettingSources.Source::value).orElse(new File(dataFolder, "files").getPath()),
                files.map(SettingSources.Source::name).orElse("default"));
        if (url.isPresent() && files.isEmpty()) {
            throw new StartFailure(StartFailure.BAD_SETTING,
                    "使用 PostgreSQL（" + url.get().name() + "）时须设置 WFED_FILES：各节点共享的文件目录（照片、签收单），不能只存在一台机器上",
                    "with PostgreSQL (" + url.get().name() + ") set WFED_FILES to the folder every node shares for uploaded files"
                            + " (photos, receipts), never one node's disk only");
        }
        return url.isPresent();
    }

    private void restoreFrom(boolean postgres) {
        Optional<SettingSources.Source> s = source("restoreFrom");
        record("restoreFrom", s.map(SettingSources.Source::value).orElse(null), s.map(SettingSources.Source::name).orElse("default"));
        if (s.isPresent() && postgres) {
            throw new StartFailure(StartFailure.BAD_SETTING,
                    s.get().name() + " 只用于内置 Derby 数据库；PostgreSQL 数据库请用 pg_restore 恢复（见 docs/scaling.md）",
                    s.get().name() + " restores the embedded Derby database only; restore PostgreSQL with pg_restore (docs/scaling.md)");
        }
        if (s.isPresent() && !new File(s.get().value(), "service.properties").isFile()) {
            throw new StartFailure(StartFailure.BAD_SETTING,
                    s.get().name() + "=" + s.get().value() + " 不是数据库备份目录（应为备份中的 db 文件夹）",
                    s.get().name() + "=" + s.get().value() + " is not a database backup folder (name the backup's db folder)");
        }
    }

    /** A Derby start on a folder whose data moved to PostgreSQL would take work the district no longer reads. */
    private void notMovedAway(boolean postgres) {
        if (!postgres && MovedAway.isMoved(dataFolder)) {
            throw new StartFailure(StartFailure.MOVE_FAILED,
                    "数据目录 " + dataFolder + " 的数据已迁移到 PostgreSQL（见其中的 " + MovedAway.FILE
                            + "）：请设置 WFED_DB_URL 连接 PostgreSQL；确需回到 Derby 时删除该文件（docs/scaling.md）",
                    "the data of " + dataFolder + " was moved to PostgreSQL (see its " + MovedAway.FILE
                            + "): set WFED_DB_URL; to go back to Derby on purpose, delete that file (docs/scaling.md)");
        }
    }

    /** A move from Derby goes to PostgreSQL only, from a wfed data folder with its Derby database. */
    private void moveFrom(boolean postgres) {
        Optional<SettingSources.Source> s = source("moveFrom");
        record("moveFrom", s.map(SettingSources.Source::value).orElse(null), s.map(SettingSources.Source::name).orElse("default"));
        if (s.isPresent() && !postgres) {
            throw new StartFailure(StartFailure.BAD_SETTING,
                    s.get().name() + " 把 Derby 数据库迁移到 PostgreSQL，须同时设置 WFED_DB_URL（见 docs/scaling.md）",
                    s.get().name() + " moves a Derby database to PostgreSQL: set WFED_DB_URL too (docs/scaling.md)");
        }
        if (s.isPresent() && !new File(new File(s.get().value(), "db"), "service.properties").isFile()) {
            throw new StartFailure(StartFailure.BAD_SETTING,
                    s.get().name() + "=" + s.get().value() + " 不是 wfed 的数据目录（其中没有 db 数据库文件夹）",
                    s.get().name() + "=" + s.get().value() + " is not a wfed data folder (it has no db folder with a Derby database)");
        }
    }

    private static StartFailure bad(SettingSources.Source s, String zh, String en) {
        return new StartFailure(StartFailure.BAD_SETTING, "设置 " + s.name() + "=" + s.value() + " 无效，" + zh,
                "setting " + s.name() + "=" + s.value() + " is invalid: it " + en);
    }
}
