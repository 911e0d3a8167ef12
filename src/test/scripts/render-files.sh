#!/bin/sh
# Writes the sample files with the tests (a unit's table and a province workbook under
# target/tables; the plan, a unit's report and the provincial report under target/documents; the
# documents PrintedPagesTest prints under target/rendered), then turns them into PDF and PNG pages
# beside them, to be looked at. Needs Debian's libreoffice-calc, libreoffice-writer and poppler-utils.
set -e
cd "$(dirname "$0")/../../.."
./mvnw -q test -Dtest='TableWorkbookTest,SpreadsheetApiTest,DocumentApiTest,PlanDocumentTest,ProvinceReportDocumentTest,PrintedPagesTest' -Dsurefire.failIfNoSpecifiedTests=false
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for dir in target/tables target/documents target/rendered; do
  (
    cd "$dir"
    for file in *.xlsx *.docx; do
      [ -e "$file" ] || continue
      libreoffice -env:UserInstallation="file://$profile" --headless --convert-to pdf "$file" >/dev/null
      pdftoppm -png -r 80 "${file%.*}.pdf" "${file%.*}"
    done
    ls -1 "$PWD"/*.png
  )
done
