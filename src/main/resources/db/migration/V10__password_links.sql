-- A link that lets a person set their own password once: only the token's SHA-256 is kept.
create table password_link (
    token_hash varchar(64)              primary key,
    user_id    varchar(64)              not null,
    created_by varchar(64)              not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);

create index idx_password_link_user on password_link (user_id);
