package org.wfed.elections.internal;

import org.osgi.service.component.annotations.Component;
import org.wfed.core.extension.ConsolePage;

/** Console pages of the elections module: the elections of the caller's subtree, and the roll-up board. */
public final class ElectionsPages {

    private ElectionsPages() {
    }

    /** 换届选举: list, open, and each election's steps, counts and result ({@code #/page/elections?id=…}). */
    @Component(service = ConsolePage.class)
    public static final class List implements ConsolePage {
        @Override
        public String id() { return "elections"; }

        @Override
        public String titleZh() { return "换届选举"; }

        @Override
        public String titleEn() { return "Elections"; }

        @Override
        public String group() { return "elections"; }

        @Override
        public int order() { return 10; }

        @Override
        public String permission() { return ElectionsPermissions.READ; }

        @Override
        public String resourceFolder() { return "console/elections"; }
    }

    /** 换届进度: the street's or district's progress board and totals. */
    @Component(service = ConsolePage.class)
    public static final class Board implements ConsolePage {
        @Override
        public String id() { return "elections-board"; }

        @Override
        public String titleZh() { return "换届进度"; }

        @Override
        public String titleEn() { return "Election progress"; }

        @Override
        public String group() { return "elections"; }

        @Override
        public int order() { return 20; }

        @Override
        public String permission() { return ElectionsPermissions.READ; }

        @Override
        public String resourceFolder() { return "console/elections"; }
    }

    /** 上届班子构成: a unit's previous term entered once, for the before → after where core holds no history. */
    @Component(service = ConsolePage.class)
    public static final class PreviousTerm implements ConsolePage {
        @Override
        public String id() { return "elections-previous"; }

        @Override
        public String titleZh() { return "上届班子构成"; }

        @Override
        public String titleEn() { return "Previous committee"; }

        @Override
        public String group() { return "elections"; }

        @Override
        public int order() { return 30; }

        @Override
        public String permission() { return ElectionsPermissions.READ; }

        @Override
        public String resourceFolder() { return "console/elections"; }
    }
}
