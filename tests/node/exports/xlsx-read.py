"""Reads a workbook with openpyxl (an independent reader) and prints what the tests check, as JSON."""
import datetime
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
out = {}
for sheet in book.worksheets:
    rows = list(sheet.iter_rows(values_only=True))
    out[sheet.title] = {
        "freeze": sheet.freeze_panes,
        "filter": sheet.auto_filter.ref,
        "header": list(rows[0]) if rows else [],
        "bold": bool(sheet["A1"].font.b),
        "rows": [
            [
                {"type": type(v).__name__, "value": v.isoformat() if isinstance(v, (datetime.date, datetime.datetime)) else v}
                for v in row
            ]
            for row in rows[1:]
        ],
    }
print(json.dumps(out))
