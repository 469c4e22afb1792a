package org.wfed.activities.internal.report;

import org.wfed.core.extension.Indicator;

/** What every activities indicator names about itself; subclasses say how the figure is computed. */
abstract class NamedIndicator implements Indicator {
    private final String id;
    private final String nameZh;
    private final String nameEn;
    private final String unitZh;
    private final String section;
    private final int order;

    NamedIndicator(String id, String nameZh, String nameEn, String unitZh, String section, int order) {
        this.id = id;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.unitZh = unitZh;
        this.section = section;
        this.order = order;
    }

    @Override public String id() { return id; }
    @Override public String nameZh() { return nameZh; }
    @Override public String nameEn() { return nameEn; }
    @Override public String unitZh() { return unitZh; }
    @Override public String section() { return section; }
    @Override public int order() { return order; }

    @Override
    public String toString() {
        return id;
    }
}
