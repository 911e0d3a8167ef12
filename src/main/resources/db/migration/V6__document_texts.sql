-- The fixed wording of a template's documents (plan body, report headers), as JSON.
alter table campaign_template add column documents varchar(200000);

-- Who receives the provincial report ("Nơi nhận"), one per line.
alter table cycle add column report_recipients varchar(4000);
