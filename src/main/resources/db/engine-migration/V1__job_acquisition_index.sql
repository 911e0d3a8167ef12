-- The job executor takes due timers first, then jobs by due date (job-executor-prefer-timer-jobs and
-- job-executor-acquire-by-due-date in application.yaml); the Camunda manual recommends this index for
-- that order. Same statement on H2 and PostgreSQL.
create index APP_IDX_JOB_TYPE_DUEDATE on ACT_RU_JOB (TYPE_ desc, DUEDATE_ asc);
