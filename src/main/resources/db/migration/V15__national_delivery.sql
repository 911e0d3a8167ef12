-- The national federation's cycle the province's report goes to, when it is delivered to the national
-- instance of the application beside the e-mail.
alter table submission add column national_cycle_id bigint;

-- Each delivery of the provincial report to the national instance: its id is derived from the cycle and
-- the round (a retry delivers the same id again), and the national review's answer is kept as read.
create table national_delivery (
    cycle_id          bigint       not null,
    delivery_id       varchar(64)  not null,
    round             int          not null,
    national_cycle_id bigint       not null,
    status            varchar(20)  not null,
    reason            varchar(4000),
    delivered_at      timestamp with time zone not null,
    checked_at        timestamp with time zone,
    constraint national_delivery_pk primary key (cycle_id, delivery_id),
    constraint national_delivery_cycle_fk foreign key (cycle_id) references cycle (id)
);

-- The province's explanations of the warnings its sums raise, delivered with its report to the national
-- instance, whose rules ask for them as they ask a unit.
create table province_report_explanation (
    cycle_id bigint      not null references province_report (cycle_id),
    rule_id  varchar(20) not null,
    body     varchar(200000) not null,
    primary key (cycle_id, rule_id)
);
