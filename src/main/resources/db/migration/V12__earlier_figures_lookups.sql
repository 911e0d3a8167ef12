-- A unit's report finds the earlier cycles it, or the units it succeeded, took part in.
create index ix_report_unit_code on report (unit_code);
create index ix_unit_successor_code on unit (successor_code);
