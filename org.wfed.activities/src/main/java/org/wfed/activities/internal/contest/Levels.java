package org.wfed.activities.internal.contest;

import org.wfed.activities.dto.HonourLevel;
import org.wfed.core.dto.UnitKind;

/** The honour level of a contest held by a unit of a kind: a community's is 社区级, a street's 街道级, a city's 市级… */
final class Levels {
    private Levels() {
    }

    static HonourLevel of(UnitKind kind) {
        return switch (kind) {
            case CITY -> HonourLevel.CITY;
            case DISTRICT -> HonourLevel.DISTRICT;
            case STREET, TOWN -> HonourLevel.STREET;
            case COMMUNITY, VILLAGE, GRASSROOTS_ORG -> HonourLevel.COMMUNITY;
        };
    }
}
