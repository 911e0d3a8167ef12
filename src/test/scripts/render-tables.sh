#!/bin/sh
# Writes the sample table files (a unit's table, a province workbook) with the tests, then turns
# them into PDF and PNG pages under target/tables to be looked at.
# Needs Debian's libreoffice-calc and poppler-utils.
set -e
cd "$(dirname "$0")/../../.."
./mvnw -q test -Dtest='TableWorkbookTest,SpreadsheetApiTest' -Dsurefire.failIfNoSpecifiedTests=false
cd target/tables
for file in *.xlsx; do
  libreoffice --headless --convert-to pdf "$file" >/dev/null
  pdftoppm -png -r 80 "${file%.xlsx}.pdf" "${file%.xlsx}"
done
ls -1 "$PWD"/*.png
