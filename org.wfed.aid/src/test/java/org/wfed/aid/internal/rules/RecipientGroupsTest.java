package org.wfed.aid.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wfed.core.dto.Sex;

class RecipientGroupsTest {
    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("DIBAO", "低保");
        NAMES.put("ORPHAN", "孤儿");
        NAMES.put("RETIRED_CADRE", "离任妇女干部");
        NAMES.put("PARTY_MEMBER_IN_NEED", "困难女党员");
        NAMES.put("OTHER", "其他对象");
    }

    @Test
    void theFirstServedGroupInDisplayOrderIsTaken() {
        List<String> held = List.of("PARTY_MEMBER_IN_NEED", "RETIRED_CADRE", "DIBAO");
        assertEquals("DIBAO", RecipientGroups.choose(List.of(), held, null, NAMES).group());
        assertEquals("RETIRED_CADRE", RecipientGroups.choose(List.of("PARTY_MEMBER_IN_NEED", "RETIRED_CADRE"), held, null, NAMES)
                .group());
    }

    @Test
    void anOpenProgrammeServesPeopleOfNoGroupAsOthers() {
        assertEquals("OTHER", RecipientGroups.choose(List.of(), List.of(), null, NAMES).group());
        // a restricted programme's category rule refuses such a person; the group is then never stored
        assertEquals("OTHER", RecipientGroups.choose(List.of("DIBAO"), List.of("ORPHAN"), null, NAMES).group());
    }

    @Test
    void aChosenGroupMustBeHeldAndServed() {
        RecipientGroups.Choice notHeld = RecipientGroups.choose(List.of(), List.of("DIBAO"), "ORPHAN", NAMES);
        assertNull(notHeld.group());
        assertEquals("该人员未登记为「孤儿」，不能按此类别申请", notHeld.refusal().orElseThrow());
        RecipientGroups.Choice notServed = RecipientGroups.choose(List.of("RETIRED_CADRE"), List.of("DIBAO", "RETIRED_CADRE"),
                "DIBAO", NAMES);
        assertTrue(notServed.refusal().orElseThrow().startsWith("不属于本项目的救助对象类别"));
        assertTrue(RecipientGroups.choose(List.of(), List.of("DIBAO"), "NOPE", NAMES).refusal().orElseThrow().contains("未知"));
        assertEquals("DIBAO", RecipientGroups.choose(List.of(), List.of("RETIRED_CADRE", "DIBAO"), "DIBAO", NAMES).group());
    }

    @Test
    void womenAndChildrenAreTold() {
        assertEquals("W", RecipientGroups.personKind(Sex.F, 40));
        assertEquals("C", RecipientGroups.personKind(Sex.M, 17));
        assertEquals("C", RecipientGroups.personKind(Sex.F, 0));
        assertEquals("M", RecipientGroups.personKind(Sex.M, 18));
    }
}
