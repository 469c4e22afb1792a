package org.wfed.core.internal.boot;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * The start-up contract, run before anything else of wfed: core starts at its own start level, after the
 * logging bridge and before DS, HTTP, ConfigAdmin and the modules (cnf/ext/runtime.bnd). A hand-written
 * activator because DS is not running yet. It
 * <ol>
 * <li>checks core's settings ({@link StartSettings});</li>
 * <li>opens {@code <data>/logs/wfed.log} and keeps the terminal for people ({@link Terminal});</li>
 * <li>takes the data folder's lock ({@link DataFolderLock}) and checks that the HTTP port is free;</li>
 * <li>with a kept Felix cache, removes the bundles that are not this jar's ({@link KeptCache});</li>
 * <li>hands the port, the plugins folder, ConfigAdmin's store and Derby's log to the bundles that start
 * next, as system properties, so that Jetty binds once on the configured port.</li>
 * </ol>
 * Any fault ends the process here with one line on stderr and in the log, and an exit code per kind of fault.
 */
public final class Boot implements BundleActivator {
    private static final Logger PEOPLE = Logger.getLogger(Terminal.LOGGER);
    private static final Logger LOG = Logger.getLogger(Boot.class.getName());
    /** Held here: the JDK keeps loggers weakly, and a logger that is collected forgets its level. */
    private static final Logger CXF_SERVLET = Logger.getLogger("org.apache.cxf.transport.servlet.ServletController");
    private static volatile StartSettings settings;

    private Terminal terminal;
    private LogFile file;
    private DataFolderLock lock;

    /** The settings this process started with (null before the start or outside a launch). */
    public static StartSettings settings() {
        return settings;
    }

    @Override
    public void start(BundleContext context) {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            if (h instanceof java.util.logging.ConsoleHandler) {
                root.removeHandler(h);
            }
        }
        // UTF-8 whatever the locale: a service manager's environment often has none, and the lines are Chinese
        terminal = new Terminal(new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                java.nio.charset.StandardCharsets.UTF_8));
        root.addHandler(terminal);
        // CXF warns of every request that arrives while the JAX-RS whiteboard rebuilds the application (at start,
        // when a plugin comes or goes): the client gets a 404 and health says STARTING, the warning says nothing more
        CXF_SERVLET.setLevel(Level.SEVERE);
        try {
            openLog(StartSettings.dataFolder(context));
            StartSettings s = StartSettings.read(context);
            lock = DataFolderLock.take(s.dataFolder());
            checkPort(s.port());
            KeptCache.dropForeignBundles(context);
            handOn(context, s);
            for (StartSettings.Effective e : s.effective()) {
                LOG.info(() -> "setting " + e.name() + " (" + e.environment() + ") = " + e.value() + "  [" + e.source() + "]");
            }
            PEOPLE.info(() -> "wfed 正在启动 starting — 数据目录 data folder: " + s.dataFolder() + ", 端口 port: " + s.port());
            settings = s;
        } catch (StartFailure f) {
            PEOPLE.log(Level.SEVERE, f.line());
            LOG.log(Level.FINE, "start-up failure", f);
            for (Handler h : root.getHandlers()) {
                h.flush();
            }
            // nothing else runs yet: end here, before Jetty, DS or Derby start
            Runtime.getRuntime().halt(f.exitCode());
        }
    }

    private void openLog(File data) {
        File logs = new File(data, "logs");
        logs.mkdirs();
        // canWrite is not enough: root may write anywhere the file system lets it (not on a read-only mount)
        if (!logs.isDirectory() || !logs.canWrite()) {
            throw new StartFailure(StartFailure.DATA_FOLDER_NOT_WRITABLE, "数据目录不可写：" + data + "（请检查目录权限）",
                    "the data folder cannot be written: " + data + " (check its owner and permissions)");
        }
        try {
            file = new LogFile(logs);
        } catch (IOException e) {
            throw new StartFailure(StartFailure.DATA_FOLDER_NOT_WRITABLE, "无法写入日志 " + logs, "cannot write the log in " + logs, e);
        }
        Logger.getLogger("").addHandler(file);
        LOG.info("---- wfed starting, log " + file.current());
    }

    private static void checkPort(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            // as Jetty binds: every interface, address reuse on (a port in TIME_WAIT is free)
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new StartFailure(StartFailure.PORT_IN_USE, "端口 " + port + " 已被占用（WFED_PORT），请关闭占用它的程序或换一个端口",
                    "port " + port + " is already in use (WFED_PORT): stop what holds it or choose another port", e);
        }
    }

    /** What the bundles starting after core read from their context (framework properties win, system properties follow). */
    private static void handOn(BundleContext context, StartSettings s) {
        File data = s.dataFolder();
        File logs = new File(data, "logs");
        s.pluginsFolder().mkdirs();
        File config = new File(data, "config");
        new File(config, "store").mkdirs();
        setIfAbsent(context, StartSettings.HTTP_PORT, String.valueOf(s.port()));
        setIfAbsent(context, "felix.fileinstall.dir", s.pluginsFolder().getPath());
        // ConfigAdmin keeps its configurations in the data folder, so changes made at runtime outlive a restart
        setIfAbsent(context, "felix.cm.dir", new File(config, "store").getPath());
        setIfAbsent(context, "derby.stream.error.file", new File(logs, "derby.log").getPath());
        // Derby appends to its own log instead of starting it afresh at each boot
        setIfAbsent(context, "derby.infolog.append", "true");
    }

    private static void setIfAbsent(BundleContext context, String key, String value) {
        if (context.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    @Override
    public void stop(BundleContext context) {
        // core stops after DS, HTTP and the modules, so their stop messages are still in the file
        LOG.info("---- wfed stopped");
        PEOPLE.info("wfed 已停止 stopped");
        Logger root = Logger.getLogger("");
        if (file != null) {
            root.removeHandler(file);
            file.closeNow();
        }
        if (lock != null) {
            lock.release();
        }
        settings = null;
    }
}
