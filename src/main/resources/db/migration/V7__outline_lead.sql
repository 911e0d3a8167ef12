-- lead: a sentence the source writes under a section's heading, before its points (not itself a point).
alter table outline_section add column lead_text varchar(2000);
