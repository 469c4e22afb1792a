package org.wfed.core.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void aNameGivesItsFullPinyinAndItsInitials() {
        assertEquals(" zhangli zl", NameKeys.of("张丽"));
        assertEquals(" wangxiuying wxy", NameKeys.of("王秀英"));
    }

    @Test
    void aCharacterWithSeveralReadingsGivesAKeyPerReading() {
        String keys = NameKeys.of("曾丽");
        assertTrue(keys.contains(" zengli") && keys.contains(" cengli") && keys.contains(" zl"), keys);
        assertTrue(NameKeys.of("单芳").contains(" shanfang"), NameKeys.of("单芳"));
    }

    @Test
    void uIsTypedAsV() {
        assertTrue(NameKeys.of("吕敏").contains(" lvmin"), NameKeys.of("吕敏"));
    }

    @Test
    void lettersStayAndPunctuationGoes() {
        assertTrue(NameKeys.of("阿依古丽·买买提").startsWith(" ayiguli"), NameKeys.of("阿依古丽·买买提"));
        assertEquals(" mary", NameKeys.of("Mary"));
    }

    @Test
    void aLongNameStaysWithinTheColumn() {
        assertTrue(NameKeys.of("曾单解查朴仇区曾单解查朴仇区曾单解查朴仇区曾单解查朴仇区曾单解查朴仇区曾单解查朴").length() <= NameKeys.MAX_LENGTH);
    }

    @Test
    void aSearchTermIsLettersOnly() {
        assertEquals("zhangl", NameKeys.term("Zhang L"));
        assertEquals("xian", NameKeys.term("xi'an"));
        assertNull(NameKeys.term("张l"));
        assertNull(NameKeys.term("3456"));
    }
}
