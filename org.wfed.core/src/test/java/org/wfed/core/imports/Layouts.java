package org.wfed.core.imports;

import org.wfed.core.Sensitive;

/** A roster-like layout for the tests of the import path. */
final class Layouts {
    static final CodeList CATEGORIES = CodeList.builder()
            .add("DIBAO", "低保", "低保户")
            .add("TEKUN", "特困供养", "五保户")
            .add("DIBAO_EDGE", "低保边缘")
            .add("SINGLE_PARENT", "单亲家庭")
            .add("DISABLED", "残疾", "残疾人").build();

    static final ImportLayout ROSTER = ImportLayout.named("花名册")
            .text("name", "姓名", 50).required()
            .idNumber("idNumber", "身份证号").required().unique()
            .codes("categories", "困难类别", CATEGORIES).required()
            .text("bankName", "开户银行", 100)
            .digits("bankAccount", "银行账号", 12, 30).sensitive(Sensitive.Kind.BANK_ACCOUNT).synonyms("银行卡号", "卡号")
            .date("recognizedOn", "认定日期").notAfterToday()
            .text("note", "备注", 500)
            .example("王秀英", "11010519491231002X", "低保", "农村商业银行", "6228480012345678901", "2024-03-01", "")
            .build();

    private Layouts() {
    }
}
