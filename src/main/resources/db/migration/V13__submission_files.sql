-- The package sent to the national federation, kept as it went out: the signed PDF is a document of its own
-- (its signing time is in its bytes) and is never made again for the same submission.
create table submission_file (
    cycle_id     bigint       not null,
    position     int          not null,
    file_name    varchar(200) not null,
    content_type varchar(200) not null,
    content      bytea        not null,
    made_at      timestamp with time zone not null,
    constraint submission_file_pk primary key (cycle_id, position),
    constraint submission_file_cycle_fk foreign key (cycle_id) references cycle (id)
);
