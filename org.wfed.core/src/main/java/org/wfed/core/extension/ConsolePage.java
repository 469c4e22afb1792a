package org.wfed.core.extension;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A page of the web console contributed by a module. The console shell shows it in the menu of
 * callers holding {@link #permission()} and loads {@link #script()} from the contributing bundle:
 * core serves {@code /console/modules/<id>/<file>} from {@code <resourceFolder>/<file>} in that
 * bundle. The script is an ES module exporting {@code render(element, ctx)}; see docs/plugins.md.
 */
@ConsumerType
public interface ConsolePage {
    /** Unique page id, used in the URL (#/page/<id>); letters, digits, dashes. */
    String id();

    String titleZh();

    String titleEn();

    /** Menu group: org, elections, aid, activities, rights, services, reporting, system, or a plugin's own. */
    String group();

    /** Order inside the group. */
    default int order() {
        return 100;
    }

    /** Permission needed to see the page, or null for every signed-in user. */
    String permission();

    /** Folder inside the contributing bundle holding the page's files, e.g. {@code console/elections}. */
    String resourceFolder();

    /** The ES module inside the folder, e.g. {@code elections.js}. */
    default String script() {
        return id() + ".js";
    }
}
