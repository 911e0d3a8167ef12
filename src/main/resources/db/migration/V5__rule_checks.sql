-- Validation rules carry their checks (expression and message template) from the template file.
alter table validation_rule add column scope varchar(10) default 'PERIOD' not null;
alter table validation_rule add column checks varchar(20000);
alter table validation_rule add constraint ck_validation_rule_scope check (scope in ('PERIOD', 'INDICATOR'));
