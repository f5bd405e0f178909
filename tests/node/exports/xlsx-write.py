"""Writes an inventory workbook with openpyxl (shared strings, a date, numbers) for the import reader's test."""
import datetime
import sys

import openpyxl

book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Inventory"
sheet.append(["Title", "Domain", "Status", "Priority", "Tags", "Reviewed"])
sheet.append(["Kafka", "Data", "Integrated", 2, "streaming;queue", datetime.datetime(2026, 3, 1, 12, 0)])
sheet.append(["Elm", "Languages & Frameworks", "research", 4, "", None])
book.save(sys.argv[1])
