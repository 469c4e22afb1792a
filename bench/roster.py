#!/usr/bin/env python3
"""Writes an aid roster (花名册) of N rows for the import benchmark, as CSV (UTF-8 with BOM) or XLSX
(first sheet, inline strings; written with the standard library), with the template's columns.
Every row is valid: a unique 18-digit ID number with its check digit (area 43xxxx, outside the scale
generator's 42xxxx, so every row registers a new person), a known category, an adult without guardian.

    bench/roster.py <rows> <out.csv|out.xlsx> [seed]
"""
import random
import sys
import zipfile
from datetime import date, timedelta
from xml.sax.saxutils import escape

HEADER = ["姓名", "身份证号", "困难类别", "家庭情况", "开户银行", "银行账号", "认定日期", "监护人", "监护人关系", "监护人同意日期", "备注"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
GIVEN = ["秀英", "桂英", "玉兰", "丽娟", "海燕", "晓红", "雪梅", "静", "芳", "慧敏", "春花", "美玲", "淑珍", "凤英"]
CATEGORIES = ["低保", "特困供养", "低保边缘", "单亲家庭", "残疾", "低保、残疾", "失独家庭"]
BANKS = ["农村商业银行", "中国农业银行", "中国邮政储蓄银行", "中国建设银行"]
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"


def id_number(serial, birth, woman):
    area = "43%04d" % (serial // 500 % 10000)
    seq = serial % 500 * 2 + (0 if woman else 1)
    body = area + birth.strftime("%Y%m%d") + "%03d" % seq
    return body + CHECK[sum(int(d) * w for d, w in zip(body, WEIGHTS)) % 11]


def rows(n, seed):
    r = random.Random(seed)
    for i in range(n):
        woman = r.random() < 0.8
        birth = date(1945, 1, 1) + timedelta(days=r.randrange(0, 365 * 55))
        yield [
            r.choice(SURNAMES) + r.choice(GIVEN),
            id_number(i, birth, woman),
            r.choice(CATEGORIES),
            "家庭人口%d人，主要收入来源为务工" % r.randint(1, 6),
            r.choice(BANKS),
            "622848%013d" % r.randrange(10 ** 13),
            (date(2025, 1, 1) + timedelta(days=r.randrange(0, 300))).isoformat(),
            "", "", "",
            "压测导入",
        ]


def write_csv(path, n, seed):
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(",".join(HEADER) + "\r\n")
        for row in rows(n, seed):
            f.write(",".join(row) + "\r\n")


def col(i):
    s = ""
    i += 1
    while i:
        i, m = divmod(i - 1, 26)
        s = chr(65 + m) + s
    return s


def write_xlsx(path, n, seed):
    def sheet():
        yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        yield '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        for r, row in enumerate([HEADER] + list(rows(n, seed)), start=1):
            cells = "".join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(c), r, escape(v))
                            for c, v in enumerate(row) if v != "")
            yield '<row r="%d">%s</row>' % (r, cells)
        yield "</sheetData></worksheet>"

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                   '</Relationships>')
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                   '<sheets><sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                   '</Relationships>')
        with z.open("xl/worksheets/sheet1.xml", "w") as f:
            for part in sheet():
                f.write(part.encode("utf-8"))


if __name__ == "__main__":
    n, out = int(sys.argv[1]), sys.argv[2]
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 42
    (write_xlsx if out.endswith(".xlsx") else write_csv)(out, n, seed)
