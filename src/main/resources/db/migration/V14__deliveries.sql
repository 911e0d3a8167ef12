-- Another instance of the application (a province's, delivering to the national federation's) reports for
-- a unit of this one with credentials of its own, never a person's password: only the secret's SHA-256 is
-- kept (the secret is 32 random bytes).
create table machine_client (
    id          varchar(64)  not null,
    secret_hash varchar(64)  not null,
    unit_code   varchar(64)  not null,
    group_id    varchar(64)  not null,
    created_by  varchar(64)  not null,
    created_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone,
    constraint machine_client_pk primary key (id),
    constraint machine_client_unit_fk foreign key (unit_code) references unit (code)
);

-- Each delivery is taken once: the sender names it, and sending it again (after a lost answer, a retry)
-- changes nothing and answers as the first time.
create table delivery (
    cycle_id        bigint       not null,
    unit_code       varchar(64)  not null,
    delivery_id     varchar(64)  not null,
    client_id       varchar(64)  not null,
    document_number varchar(100),
    received_at     timestamp with time zone not null,
    constraint delivery_pk primary key (cycle_id, unit_code, delivery_id),
    constraint delivery_cycle_fk foreign key (cycle_id) references cycle (id)
);
