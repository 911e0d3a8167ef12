-- When a draft was last stored: the report forms say "Đã lưu nháp lúc …" when they come back.
alter table report add column draft_saved_at timestamp with time zone;
alter table province_report add column draft_saved_at timestamp with time zone;
