-- A unit ended in a reorganisation names the unit that takes over its work (and, later, its history).
alter table unit add column successor_code varchar(64) references unit (code);
